import { Lexer } from 'marked'
import type { Token, Tokens } from 'marked'

/** The HTML entities Markdown text commonly holds; others stay as written. */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

/** The visible text of inline tokens: emphasis, links and code keep their text; images and HTML go. */
function inline(tokens: Token[] | undefined, fallback: string): string {
  if (tokens === undefined) return decodeEntities(fallback)
  return tokens
    .map((t) => {
      switch (t.type) {
        case 'html':
        case 'image':
          return ''
        case 'br':
          return '\n'
        case 'codespan':
          return (t as Tokens.Codespan).text
        case 'escape':
          return (t as Tokens.Escape).text
        default: {
          const withText = t as { tokens?: Token[]; text?: string }
          return inline(withText.tokens, withText.text ?? '')
        }
      }
    })
    .join('')
}

/** Appends the paragraphs of block tokens to `out`. */
function blocks(tokens: Token[], out: string[]): void {
  for (const t of tokens) {
    switch (t.type) {
      case 'heading':
      case 'paragraph':
        out.push(inline((t as Tokens.Paragraph).tokens, (t as Tokens.Paragraph).text))
        break
      case 'text': {
        const text = t as Tokens.Text
        out.push(inline(text.tokens, text.text))
        break
      }
      case 'blockquote':
        blocks((t as Tokens.Blockquote).tokens, out)
        break
      case 'list':
        for (const item of (t as Tokens.List).items) blocks(item.tokens, out)
        break
      case 'code':
        out.push((t as Tokens.Code).text)
        break
      case 'table': {
        const table = t as Tokens.Table
        const row = (cells: Tokens.TableCell[]): string =>
          cells.map((c) => inline(c.tokens, c.text)).join(' | ')
        out.push(row(table.header), ...table.rows.map(row))
        break
      }
      default:
        // space, hr, html, def: no text of their own (raw HTML is never kept).
        break
    }
  }
}

/**
 * Reduces Markdown to plain text with its paragraphs kept, using marked's lexer (no HTML is
 * produced or parsed): headings, paragraphs, list items, quotes, code blocks and table rows each
 * become a paragraph separated by a blank line; emphasis, link text and inline code keep their
 * text; images, raw HTML and link targets are dropped; common entities are decoded.
 */
export function markdownToText(markdown: string): string {
  const out: string[] = []
  blocks(new Lexer().lex(markdown), out)
  return out.join('\n\n')
}
