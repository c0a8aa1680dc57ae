import { normaliseText } from '../../text/normaliseText'
import { titleFromText } from '../../text/titleFromText'
import { fileStem } from '../fileStem'
import type { ImportInput, ImportOutcome, ParseOptions } from '../importTypes'
import { pdfFailure } from './pdfFailure'
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
      getMetadata(): Promise<{ info: unknown }>
      getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>
      destroy(): Promise<void>
    }>
  }
}

type PdfDocument = Awaited<ReturnType<PdfjsLike['getDocument']>['promise']>

/** Most pages read from one PDF; a longer file is refused (a news article has a few). */
export const MAX_PDF_PAGES = 2000

/**
 * Producers known to write the hyphens they insert at line breaks as U+2010, so that a plain
 * "-" at a line end was typed: Skia, whose PDF backend prints every page in Chromium, Chrome
 * and Electron ("Skia/PDF m…").
 */
const MARKS_INSERTED_HYPHENS = /^Skia\/PDF\b/

async function producerOf(doc: PdfDocument): Promise<string> {
  const { info } = await doc.getMetadata().catch(() => ({ info: null }))
  const producer = (info as { Producer?: unknown } | null)?.Producer
  return typeof producer === 'string' ? producer : ''
}

async function pageItems(doc: PdfDocument, n: number): Promise<PdfTextItem[]> {
  const content = await (await doc.getPage(n)).getTextContent()
  return content.items.filter(
    (item): item is PdfTextItem => typeof (item as PdfTextItem).str === 'string',
  )
}

/**
 * Imports a PDF as one article: the text of each page, joined into paragraphs with line-end
 * hyphenation repaired (`pdfTextToParagraphs`). `loadPdfjs` gives the pdf.js module (its worker
 * set up by the caller). pdf.js runs with `isEvalSupported: false` (no code generated from font
 * data) and no font loading. A PDF whose pages hold no text is refused as having no text layer;
 * a failure is reported by its cause (`pdfFailure`): password-protected or damaged when pdf.js
 * says so, otherwise a fault of the app's PDF reader. `options.signal` is checked between pages.
 */
export async function parsePdfFile(
  file: ImportInput,
  loadPdfjs: () => Promise<PdfjsLike>,
  options: ParseOptions = {},
): Promise<ImportOutcome> {
  const name = `“${file.name}”`
  if (file.bytes === null) return { ok: false, error: `${name} could not be read.` }
  if (file.bytes.length === 0) return { ok: false, error: `${name} is empty.` }
  let doc: PdfDocument
  try {
    const pdfjs = await loadPdfjs()
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
    return pdfFailure(file.name, error)
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
      pages.push(await pageItems(doc, n))
    }
    const marksHyphens = MARKS_INSERTED_HYPHENS.test(await producerOf(doc))
    const text = normaliseText(pdfTextToParagraphs(pages, marksHyphens).join('\n\n'))
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
  } catch (error) {
    return pdfFailure(file.name, error)
  } finally {
    await doc.destroy().catch(() => undefined)
  }
}
