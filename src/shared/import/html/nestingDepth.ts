/** Elements whose end tag may be left out (or that have none): they do not deepen the estimate. */
const NOT_NESTING = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rp',
  'html',
  'head',
  'body',
  '!doctype',
])

/**
 * Estimates how deeply a page's elements nest from its tags, without parsing it: +1 for each
 * start tag, −1 for each end tag, not counting elements whose end tag is optional (p, li, td …)
 * or void, nor self-closing tags. Used to refuse pathological pages before a DOM is built: a
 * DOM of 100,000 nested elements takes linkedom many seconds to build and overflows recursive
 * code after it. Tag-like text in scripts or comments may count too; that only makes the
 * estimate cautious.
 */
export function estimateNestingDepth(html: string): number {
  let depth = 0
  let max = 0
  const tags = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g
  let m: RegExpExecArray | null
  while ((m = tags.exec(html)) !== null) {
    const name = (m[2] as string).toLowerCase()
    if (NOT_NESTING.has(name) || m[3] === '/') continue
    if (m[1] === '/') depth = Math.max(0, depth - 1)
    else if (++depth > max) max = depth
  }
  return max
}
