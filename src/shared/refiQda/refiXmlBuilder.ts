import { XMLBuilder } from 'fast-xml-parser'

/**
 * Returns the XML builder for REFI-QDA files: '@_' attributes, indented output, and attribute
 * values always written out (fast-xml-parser would otherwise write `isCodable="true"` as a bare
 * HTML-style `isCodable`, which is not XML). The builder escapes &, <, >, " and ' itself.
 */
export function refiXmlBuilder(): XMLBuilder {
  return new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    suppressBooleanAttributes: false,
  })
}
