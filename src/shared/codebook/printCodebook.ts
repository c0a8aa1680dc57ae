import type { CodeValue, Codebook, Dimension } from '../domain/codebook'
import { kindName } from './describeCodebookChange'
import { valueTree } from './valueTree'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for HTML element content and attribute values. */
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
}

const STYLE = `
body { font: 11pt/1.45 Georgia, 'Noto Serif', serif; max-width: 46em; margin: 2em auto; color: #111; }
h1 { font-size: 20pt; margin-bottom: 0.2em; }
h2 { font-size: 14pt; margin: 1.6em 0 0.3em; border-bottom: 1px solid #999; break-after: avoid; }
.meta, .kind { color: #444; font-size: 10pt; }
dl { margin: 0.4em 0 0.8em; }
dt { font-weight: bold; margin-top: 0.5em; break-after: avoid; }
dd { margin: 0.1em 0 0 1.4em; }
dd p { margin: 0.15em 0; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border: 1px solid #666; margin-right: 0.3em; }
section { break-inside: avoid-page; }
@media print { body { margin: 0; } a { color: inherit; } }
`

function rules(value: CodeValue): string {
  const parts: [string, string | undefined][] = [
    ['Definition', value.definition],
    ['Include', value.inclusion],
    ['Exclude', value.exclusion],
    ['Example', value.example],
  ]
  return parts
    .filter(([, text]) => text !== undefined && text.trim() !== '')
    .map(([name, text]) => `<p><em>${name}:</em> ${esc(text ?? '')}</p>`)
    .join('')
}

function valueList(dimension: Dimension): string {
  if (dimension.values.length === 0) return ''
  const items = valueTree(dimension.values).map(({ value, depth }) => {
    // Only a plain hex colour goes into the style attribute; anything else is left out.
    const swatch = /^#[0-9a-f]{3,8}$/i.test(value.color)
      ? `<span class="swatch" style="background:${esc(value.color)}"></span>`
      : ''
    const extras = [
      value.shortcut ? `key ${esc(value.shortcut)}` : '',
      dimension.kind === 'ordinal' && value.rank !== null ? `score ${value.rank}` : '',
    ].filter((s) => s !== '')
    const note = extras.length > 0 ? ` <span class="kind">(${extras.join(', ')})</span>` : ''
    const indent = depth > 0 ? ` style="margin-left:${depth * 1.4}em"` : ''
    return `<dt${indent}>${swatch}${esc(value.label)}${note}</dt><dd${indent}>${rules(value)}</dd>`
  })
  return `<dl>${items.join('')}</dl>`
}

function section(dimension: Dimension, all: readonly Dimension[], index: number): string {
  const facts = [
    kindName(dimension.kind),
    dimension.scope === 'span' ? 'coded on spans' : 'coded once per article',
    dimension.required ? 'required' : 'optional',
    `column <code>${esc(dimension.column)}</code>`,
  ]
  const rule = dimension.showWhen
  let skip = ''
  if (rule) {
    const control = all.find((d) => d.id === rule.dimensionId)
    const labels = rule.valueIds.map(
      (id) => `“${esc(control?.values.find((v) => v.id === id)?.label ?? id)}”`,
    )
    skip = `<p class="meta">Coded only when ${esc(control?.name ?? rule.dimensionId)} is ${labels.join(' or ')}.</p>`
  }
  const description = dimension.description.trim() ? `<p>${esc(dimension.description)}</p>` : ''
  return `<section><h2>${index + 1}. ${esc(dimension.name)}</h2><p class="kind">${facts.join(' · ')}</p>${skip}${description}${valueList(dimension)}</section>`
}

/**
 * The codebook as a standalone, printable HTML document (the appendix of a paper): every
 * dimension in order with its kind, scope, requirement, export column, skip rule and coding
 * instruction, and every value as a tree with its definition, inclusion and exclusion rules,
 * example, colour, shortcut and score. All text is escaped.
 */
export function printCodebook(codebook: Codebook, projectName: string, printedAt: number): string {
  const date = new Date(printedAt).toISOString().slice(0, 10)
  const body = codebook.dimensions.map((d, i) => section(d, codebook.dimensions, i)).join('\n')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(codebook.name)} — codebook</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${esc(codebook.name)}</h1>
<p class="meta">Codebook of the project “${esc(projectName)}”, version ${codebook.version}, ${date}.</p>
${body || '<p>This codebook has no dimensions yet.</p>'}
</body>
</html>
`
}
