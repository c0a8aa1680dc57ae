import mammoth from 'mammoth'
import { articlesFromText } from './parseTextFile'
import type { ImportInput, ImportOutcome } from './importTypes'
import { declaresDtd, inspectZip } from './zipGuard'

const MAIN_PART = 'word/document.xml'

/**
 * Imports a Word (.docx) file. It is first checked without a library (`inspectZip`: a readable
 * zip within the size limit, a main document part, no DTD or entity declarations in it), so
 * that a truncated file, a zip bomb, an entity bomb or an external-entity (XXE) file is refused
 * with a clear message before mammoth sees it. mammoth then reads its text: every paragraph and
 * heading becomes a paragraph. A Nexis Uni export is split into its articles; any other document
 * is one article (`articlesFromText`).
 */
export async function parseDocxFile(file: ImportInput): Promise<ImportOutcome> {
  const name = `“${file.name}”`
  if (file.bytes === null) return { ok: false, error: `${name} could not be read.` }
  if (file.bytes.length === 0) return { ok: false, error: `${name} is empty.` }
  const zip = inspectZip(file.name, file.bytes, 'Word file', [MAIN_PART])
  if (!zip.ok) return zip
  const main = zip.parts[MAIN_PART]
  if (main === undefined) {
    return { ok: false, error: `${name} is not a valid Word document: its main part is missing.` }
  }
  if (declaresDtd(main)) {
    return {
      ok: false,
      error: `${name} declares a DTD or entities, which Word files never do; it was refused.`,
    }
  }
  let text: string
  try {
    const buffer = file.bytes.buffer.slice(
      file.bytes.byteOffset,
      file.bytes.byteOffset + file.bytes.byteLength,
    ) as ArrayBuffer
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: give both.
    const input = { arrayBuffer: buffer, buffer } as unknown as { arrayBuffer: ArrayBuffer }
    text = (await mammoth.extractRawText(input)).value
  } catch {
    return { ok: false, error: `${name} is damaged: it could not be read as a Word document.` }
  }
  return articlesFromText(file.name, text)
}
