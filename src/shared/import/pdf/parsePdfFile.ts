import { normaliseText } from '../../text/normaliseText'
import { titleFromText } from '../../text/titleFromText'
import { fileStem } from '../fileStem'
import type { ImportInput, ImportOutcome, ParseOptions } from '../importTypes'
import type { PdfTextItem } from './pdfTextToParagraphs'
import { pdfTextToParagraphs } from './pdfTextToParagraphs'

/**
 * What the importer needs of a pdf.js module (`pdfjs-dist`, or its legacy build in Node):
 * passed in, so the pure core does not decide how pdf.js is loaded or where its worker runs.
 */
export type PdfjsLike = {
  getDocument(source: {
    data: Uint8Array
    isEvalSupported: boolean
    disableFontFace: boolean
    useSystemFonts: boolean
    stopAtErrors: boolean
    verbosity: number
  }): {
    promise: Promise<{
      numPages: number
      getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>
      destroy(): Promise<void>
    }>
  }
}

/** Most pages read from one PDF; a longer file is refused (a news article has a few). */
export const MAX_PDF_PAGES = 2000

/**
 * Imports a PDF as one article: the text of each page, joined into paragraphs with line-end
 * hyphenation repaired (`pdfTextToParagraphs`). pdf.js runs with `isEvalSupported: false` (no
 * code generated from font data) and no font loading. A PDF whose pages hold no text is refused
 * as having no text layer; one pdf.js cannot open is refused as damaged or password-protected.
 * `options.signal` is checked between pages.
 */
export async function parsePdfFile(
  file: ImportInput,
  pdfjs: PdfjsLike,
  options: ParseOptions = {},
): Promise<ImportOutcome> {
  const name = `“${file.name}”`
  if (file.bytes === null) return { ok: false, error: `${name} could not be read.` }
  if (file.bytes.length === 0) return { ok: false, error: `${name} is empty.` }
  let doc: Awaited<ReturnType<PdfjsLike['getDocument']>['promise']>
  try {
    // pdf.js may transfer (detach) the buffer it is given: hand it a copy.
    doc = await pdfjs.getDocument({
      data: file.bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      // Errors only: font warnings about text we read anyway would reach the console.
      verbosity: 0,
    }).promise
  } catch (error) {
    const password = error instanceof Error && error.name === 'PasswordException'
    return {
      ok: false,
      error: password
        ? `${name} is password-protected and cannot be read.`
        : `${name} cannot be read as a PDF: it is damaged or password-protected.`,
    }
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) {
      return {
        ok: false,
        error: `${name} has ${doc.numPages} pages; the limit is ${MAX_PDF_PAGES}.`,
      }
    }
    const pages: PdfTextItem[][] = []
    for (let n = 1; n <= doc.numPages; n++) {
      if (options.signal?.aborted === true)
        return { ok: false, error: `Importing ${name} was cancelled.` }
      const content = await (await doc.getPage(n)).getTextContent()
      pages.push(
        content.items.filter(
          (item): item is PdfTextItem => typeof (item as PdfTextItem).str === 'string',
        ),
      )
    }
    const text = normaliseText(pdfTextToParagraphs(pages).join('\n\n'))
    if (text.length === 0) {
      return {
        ok: false,
        error: `${name} has no text layer (a scanned PDF?); nothing was imported.`,
      }
    }
    return {
      ok: true,
      kind: 'articles',
      articles: [{ title: titleFromText(text, fileStem(file.name)), text }],
    }
  } catch {
    return { ok: false, error: `${name} cannot be read as a PDF: it is damaged.` }
  } finally {
    await doc.destroy().catch(() => undefined)
  }
}
