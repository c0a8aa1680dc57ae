// Characters XML 1.0 forbids anywhere (even escaped): C0 controls other than tab, LF and CR, lone
// surrogates, U+FFFE and U+FFFF.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/**
 * Returns `text` with the characters XML 1.0 cannot hold replaced by U+FFFD, so a stray control
 * character in a label or memo can never make the whole project file unreadable.
 */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '\ufffd')
}

/**
 * Returns `text` made safe for an XML attribute: `xmlSafe`, and line breaks and tabs as spaces,
 * since XML parsers turn them into spaces anyway (attribute-value normalisation).
 */
export function xmlAttribute(text: string): string {
  return xmlSafe(text).replace(/[\r\n\t]/g, ' ')
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/**
 * Decodes XML's five predefined entities and character references in text read with entity
 * processing switched off (parseRefiXml): nothing a document declares is ever expanded. A
 * reference to a code point that does not exist is kept as written.
 */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(ENTITY, (whole, name: string) => {
    if (name.startsWith('#')) {
      const cp = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : whole
    }
    return NAMED[name] ?? whole
  })
}
