import { XMLParser, XMLValidator } from 'fast-xml-parser'

/** Largest XML text parsed (characters): a project file larger than this is refused. */
export const MAX_XML_LENGTH = 200_000_000

// Elements that may repeat in QDA-XML: always read as arrays, so one and many look the same.
const REPEATED = new Set([
  'Code',
  'Set',
  'MemberCode',
  'MemberSource',
  'MemberNote',
  'User',
  'TextSource',
  'PictureSource',
  'PDFSource',
  'AudioSource',
  'VideoSource',
  'PlainTextSelection',
  'Coding',
  'NoteRef',
  'Note',
  'Case',
  'Variable',
  'VariableValue',
  'Link',
  'Graph',
  'Representation',
])

/** A parsed element: attributes without prefix, child elements by name, '#text' for text. */
export type XmlElement = { [key: string]: unknown }

/**
 * Parses REFI-QDA XML safely and returns the root element named `root` (namespace prefixes
 * removed). Refuses, with a specific message: text over `MAX_XML_LENGTH`; any DOCTYPE (entity
 * declarations are how "billion laughs" and external-entity attacks start, and QDA-XML needs
 * none); XML that is not well-formed (with line and column); a different root element. Entities
 * are never expanded by the parser; attribute and text values still hold `&amp;` and friends,
 * which callers decode with `decodeXmlText`. No value is converted to a number or trimmed.
 */
export function parseRefiXml(xml: string, root: string): XmlElement {
  if (xml.length > MAX_XML_LENGTH) {
    throw new Error(
      `The XML file is too large (over ${MAX_XML_LENGTH / 1_000_000} million characters).`,
    )
  }
  if (/<!DOCTYPE/i.test(xml)) {
    throw new Error(
      'The XML file declares a DOCTYPE, which REFI-QDA files never need; refused for safety.',
    )
  }
  const valid = XMLValidator.validate(xml)
  if (valid !== true) {
    const { msg, line, col } = valid.err
    throw new Error(`The XML is not well-formed (line ${line}, column ${col}): ${msg}`)
  }
  const parser = new XMLParser({
    processEntities: false,
    htmlEntities: false,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (name) => REPEATED.has(name),
  })
  const document = parser.parse(xml) as XmlElement
  const element = document[root]
  if (typeof element !== 'object' || element === null || Array.isArray(element)) {
    const found = Object.keys(document).filter((k) => !k.startsWith('?') && k !== '#text')
    throw new Error(
      `Expected a <${root}> root element, found ${found.length > 0 ? `<${found[0]}>` : 'none'}.`,
    )
  }
  return element as XmlElement
}

/** Child elements `name` of `element` (always an array; empty when there are none). */
export function children(element: XmlElement, name: string): XmlElement[] {
  const value = element[name]
  if (value === undefined) return []
  const list = Array.isArray(value) ? value : [value]
  return list.map((v) => (typeof v === 'object' && v !== null ? (v as XmlElement) : { '#text': v }))
}

/** The text content of child `name` (or '' when absent), entities left as written. */
export function childText(element: XmlElement, name: string): string {
  const value = element[name]
  const first = Array.isArray(value) ? value[0] : value
  if (typeof first === 'string') return first
  if (typeof first === 'object' && first !== null) {
    const text = (first as XmlElement)['#text']
    return typeof text === 'string' ? text : ''
  }
  return ''
}

/** The attribute `name` of `element`, or null when it is missing. */
export function attribute(element: XmlElement, name: string): string | null {
  const value = element[name]
  return typeof value === 'string' ? value : null
}
