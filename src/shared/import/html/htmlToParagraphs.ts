import type { HtmlElement, HtmlNode } from './sanitiseDocument'

/** Elements that end a paragraph before and after them. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
])

/** Table cells: their text is joined with a space within a row. */
const CELLS = new Set(['td', 'th'])

/**
 * Returns the paragraphs of an element's text: each block element (p, div, h1–h6, li,
 * blockquote, table row …) starts a new paragraph, `<br>` breaks a line within one, and HTML
 * whitespace (space, tab, line breaks) collapses to one space; NBSP is kept. Text only: markup is
 * never copied. Walks with an explicit stack, so deep nesting cannot overflow the call stack.
 */
export function htmlToParagraphs(root: HtmlElement): string[] {
  const paragraphs: string[] = []
  let current = ''
  const flush = (): void => {
    const text = current
      .split('\n')
      .map((line) => line.replace(/[ \t\n\r\f]+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n')
    if (text !== '') paragraphs.push(text)
    current = ''
  }
  // Items: a node to visit, or a marker to close a block after its children.
  const stack: (HtmlNode | { close: string })[] = [root as HtmlNode]
  while (stack.length > 0) {
    const item = stack.pop() as HtmlNode | { close: string }
    if ('close' in item) {
      if (CELLS.has(item.close)) current += ' '
      else flush()
      continue
    }
    if (item.nodeType === 3) {
      current += (item.textContent ?? '').replace(/\n/g, ' ')
      continue
    }
    if (item.nodeType !== 1) continue
    const name = (item.localName ?? '').toLowerCase()
    if (name === 'br') {
      current += '\n'
      continue
    }
    const block = BLOCKS.has(name)
    if (block && !CELLS.has(name)) flush()
    if (block) stack.push({ close: name })
    const children = Array.from(item.childNodes ?? [])
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as HtmlNode)
  }
  flush()
  return paragraphs
}
