import type { CodeNode } from './codeTree'
import { xmlAttribute, xmlSafe } from './xmlSafe'

/** A fast-xml-parser builder object ('@_' attributes). */
export type XmlObject = { [key: string]: unknown }

/**
 * Returns the `<Code>` elements of a code tree as builder objects: guid, name, isCodable and
 * (when known) color attributes, then Description and child codes, in the order both REFI-QDA
 * schemas require. Empty descriptions are left out rather than written empty.
 */
export function codeNodeXml(nodes: readonly CodeNode[]): XmlObject[] {
  return nodes.map((n) => {
    const code: XmlObject = {
      '@_guid': n.guid,
      '@_name': xmlAttribute(n.name),
      '@_isCodable': n.isCodable ? 'true' : 'false',
    }
    if (n.color !== null) code['@_color'] = n.color
    if (n.description.length > 0) code['Description'] = xmlSafe(n.description)
    if (n.children.length > 0) code['Code'] = codeNodeXml(n.children)
    return code
  })
}
