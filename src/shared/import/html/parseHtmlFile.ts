import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { MAX_IMPORT_FILE_BYTES } from '../../ipc/contract'
import { decodeTextFile } from '../../text/decodeTextFile'
import { decodeWindows1252 } from '../../text/decodeWindows1252'
import { normaliseText } from '../../text/normaliseText'
import { toIsoDate } from '../../text/toIsoDate'
import { fileStem } from '../fileStem'
import type { ImportedArticle, ImportInput, ImportOutcome } from '../importTypes'
import { htmlMetadata } from './htmlMetadata'
import { htmlToParagraphs } from './htmlToParagraphs'
import { htmlFromMhtml } from './mhtml'
import { estimateNestingDepth } from './nestingDepth'
import type { HtmlDocument, HtmlElement } from './sanitiseDocument'
import { sanitiseDocument } from './sanitiseDocument'

/**
 * Deepest element nesting accepted (see `estimateNestingDepth`). Real news pages nest a few dozen
 * levels; browsers flatten below 512. Deeper pages are refused with this limit named.
 */
export const MAX_HTML_NESTING = 1000

/** Most elements Readability examines; a page with more is refused as too complex. */
export const MAX_HTML_ELEMENTS = 60_000

/**
 * Extracts the article of an HTML page given as text. The page is parsed by linkedom, which
 * never runs scripts and never loads resources; metadata is read first (`htmlMetadata`), then the
 * document is neutralised (`sanitiseDocument`: no scripts, frames, forms, named elements or
 * handlers, so DOM clobbering cannot make extraction loop) and Mozilla Readability finds the
 * article body, whose text becomes paragraphs (`htmlToParagraphs`). The canonical text starts
 * with the headline. Pages nested deeper than `MAX_HTML_NESTING` or with more than
 * `MAX_HTML_ELEMENTS` elements are refused before they can take long.
 */
export function articleFromHtml(name: string, html: string): ImportOutcome {
  const depth = estimateNestingDepth(html)
  if (depth > MAX_HTML_NESTING) {
    return {
      ok: false,
      error: `“${name}” is nested too deeply to import (more than ${MAX_HTML_NESTING.toLocaleString('en')} levels of elements).`,
    }
  }
  const source = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><body>${html}</body></html>`
  const { document } = parseHTML(source) as unknown as { document: HtmlDocument }
  const metadata = htmlMetadata(document)
  sanitiseDocument(document)
  let paragraphs: string[]
  let parsed: ReturnType<Readability<HtmlElement>['parse']>
  try {
    const reader = new Readability<HtmlElement>(document as never, {
      maxElemsToParse: MAX_HTML_ELEMENTS,
      serializer: (node) => node as unknown as HtmlElement,
    })
    parsed = reader.parse()
  } catch (error) {
    const message = error instanceof Error && /Aborting parsing/.test(error.message)
    return {
      ok: false,
      error: message
        ? `“${name}” has too many elements to import (more than ${MAX_HTML_ELEMENTS.toLocaleString('en')}).`
        : `“${name}” could not be read as a web page.`,
    }
  }
  if (parsed?.content) paragraphs = htmlToParagraphs(parsed.content)
  else paragraphs = document.body ? htmlToParagraphs(document.body) : []
  // Readability's title drops a "- Outlet" suffix from <title>; the raw <title> is the fallback.
  const title = metadata.title || parsed?.title?.trim() || metadata.documentTitle || fileStem(name)
  const body = normaliseText(paragraphs.join('\n\n'))
  if (body.length === 0) return { ok: false, error: `“${name}” has no article text.` }
  const first = body.split('\n\n', 1)[0]
  const article: ImportedArticle = { title, text: first === title ? body : `${title}\n\n${body}` }
  const outlet = metadata.outlet ?? parsed?.siteName?.trim()
  const author = metadata.author ?? parsed?.byline?.replace(/\s+/g, ' ').trim()
  const date = metadata.date ?? toIsoDate(parsed?.publishedTime ?? '') ?? undefined
  if (outlet) article.outlet = outlet
  if (author) article.author = author
  if (date) article.date = date
  if (metadata.url) article.url = metadata.url
  if (metadata.section) article.section = metadata.section
  return { ok: true, kind: 'articles', articles: [article] }
}

/** The charset a page declares in its first bytes (`<meta charset>`), if TextDecoder knows it. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048))
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)
  if (!m) return null
  try {
    return new TextDecoder(m[1] as string).encoding
  } catch {
    return null
  }
}

/**
 * Imports an .html/.htm file: decoded (byte-order mark, else valid UTF-8, else the charset the
 * page declares, else detected), refused when it is not text, then `articleFromHtml`.
 */
export function parseHtmlFile(file: ImportInput): ImportOutcome {
  const decoded = decodeTextFile(file, MAX_IMPORT_FILE_BYTES)
  if (!decoded.ok)
    return { ok: false, error: decoded.error.replace(/, not text\.$/, ', not a web page.') }
  let html = decoded.text
  if (decoded.encoding !== 'utf-8' && !decoded.encoding.startsWith('utf-16') && file.bytes) {
    const charset = declaredCharset(file.bytes)
    if (charset === 'windows-1252') html = decodeWindows1252(file.bytes)
    else if (charset !== null) html = new TextDecoder(charset).decode(file.bytes)
  }
  const outcome = articleFromHtml(file.name, html)
  return outcome.ok && outcome.kind === 'articles'
    ? { ...outcome, encoding: decoded.encoding }
    : outcome
}

/** Imports an .mhtml/.mht web archive: its text/html part (`htmlFromMhtml`), then `articleFromHtml`. */
export function parseMhtmlFile(file: ImportInput): ImportOutcome {
  const decoded = decodeTextFile(file, MAX_IMPORT_FILE_BYTES)
  if (!decoded.ok) {
    return { ok: false, error: decoded.error.replace(/, not text\.$/, ', not a web archive.') }
  }
  const page = htmlFromMhtml(decoded.text)
  if (!page.ok) return { ok: false, error: `“${file.name}” ${page.error}.` }
  return articleFromHtml(file.name, page.html)
}
