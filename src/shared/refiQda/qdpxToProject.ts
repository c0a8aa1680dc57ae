import type { CodedValue } from '../domain/annotation'
import type { Dimension } from '../domain/codebook'
import type { CodeTarget, ImportedSpeaker } from './codesToDimensions'
import { codesToDimensions } from './codesToDimensions'
import type { XmlElement } from './parseRefiXml'
import { attribute, childText, children, parseRefiXml } from './parseRefiXml'
import type { ImportedArticleCoding } from './readArticleCoding'
import { readArticleCoding } from './readArticleCoding'
import { normaliseGuid } from './refiGuid'
import { readSelection } from './readSelection'
import { unzipQdpx } from './unzipQdpx'
import { decodeXmlText } from './xmlSafe'

/** A text source of the imported project. */
export type ImportedSource = { guid: string; name: string; description: string; text: string }

/** A coded selection, with UTF-16 offsets into its source's text. */
export type ImportedSpan = {
  guid: string
  sourceGuid: string
  start: number
  end: number
  coder: string
  values: Record<string, CodedValue>
  memo: string
  createdAt: number | null
  updatedAt: number | null
}

/** A REFI-QDA project as Newscoder can take it in, plus a report of what it could not map. */
export type ImportedProject = {
  name: string
  dimensions: Dimension[]
  speakers: ImportedSpeaker[]
  sources: ImportedSource[]
  spans: ImportedSpan[]
  /** Whole-text selections of article-level codes, as Newscoder writes them. */
  articleCodings: ImportedArticleCoding[]
  report: string[]
}

const UNMAPPED = ['Variables', 'Cases', 'Notes', 'Links', 'Sets', 'Graphs'] as const
const OTHER_SOURCES = ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource'] as const

const utf8 = (bytes: Uint8Array, what: string): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new Error(`${what} is not valid UTF-8 text.`)
  }
}

function sourceText(
  source: XmlElement,
  texts: ReadonlyMap<string, Uint8Array>,
  name: string,
): string | string[] {
  const path = attribute(source, 'plainTextPath')
  if (path === null) {
    if (source['PlainTextContent'] === undefined) return [`The source “${name}” has no text.`]
    return decodeXmlText(childText(source, 'PlainTextContent'))
  }
  const decoded = decodeXmlText(path)
  const internal = /^internal:\/\/(.+)$/i.exec(decoded)
  if (internal === null) {
    return [`The source “${name}” points outside the archive (${decoded}); it was not imported.`]
  }
  const file = (internal[1] as string).toLowerCase()
  const bytes = texts.get(`sources/${file}`) ?? texts.get(file)
  if (bytes === undefined) return [`The text of the source “${name}” is missing from the archive.`]
  return utf8(bytes, `The text of the source “${name}”`)
}

/**
 * Reads a REFI-QDA project archive (`.qdpx`) into what a new Newscoder project needs: its name,
 * codes as dimensions (`codesToDimensions`: Newscoder's own dimensions come back as they were,
 * other tools' codes become the multi-choice dimension "Codes" with their hierarchy), the
 * speakers of a Newscoder speaker dimension, every text source (inline or `internal://` under
 * `sources/`), and every plain-text selection with its codes as values (`readSelection`:
 * code-point offsets → UTF-16, offsets outside the text refused one by one); a whole-text
 * selection of article-level codes comes back as an article coding (`readArticleCoding`).
 * Everything else —
 * other source types, variables, cases, notes, links, sets, graphs, whole-source codings, codes
 * that are unknown or that clash in a single-choice dimension — is listed in `report`. Throws with
 * a specific message for an archive that is unsafe (unzipQdpx) or whose XML is (parseRefiXml).
 */
export function qdpxToProject(bytes: Uint8Array): ImportedProject {
  const files = unzipQdpx(bytes)
  const root = parseRefiXml(utf8(files.projectXml, 'project.qde'), 'Project')
  const report: string[] = []
  const users = new Map<string, string>()
  for (const list of children(root, 'Users')) {
    for (const u of children(list, 'User')) {
      const guid = attribute(u, 'guid')
      if (guid !== null) users.set(normaliseGuid(guid), decodeXmlText(attribute(u, 'name') ?? ''))
    }
  }
  const codes = children(root, 'CodeBook').flatMap((b) =>
    children(b, 'Codes').flatMap((c) => children(c, 'Code')),
  )
  const mapping = codesToDimensions(codes)
  report.push(...mapping.report)
  const targets: ReadonlyMap<string, CodeTarget> = mapping.targets

  const sources: ImportedSource[] = []
  const spans: ImportedSpan[] = []
  const articleCodings: ImportedArticleCoding[] = []
  const sourceList = children(root, 'Sources')
  for (const list of sourceList) {
    for (const source of children(list, 'TextSource')) {
      const guid = normaliseGuid(attribute(source, 'guid') ?? '')
      const name = decodeXmlText(attribute(source, 'name') ?? '').trim() || 'Untitled source'
      const text = sourceText(source, files.texts, name)
      if (Array.isArray(text)) {
        report.push(...text)
        continue
      }
      sources.push({
        guid,
        name,
        description: decodeXmlText(childText(source, 'Description')),
        text,
      })
      const whole = children(source, 'Coding').length
      if (whole > 0) {
        report.push(`${whole} coding(s) of the whole source “${name}” were not imported.`)
      }
      const codePoints = [...text].length
      for (const selection of children(source, 'PlainTextSelection')) {
        const span = readSelection(selection, {
          text,
          codePoints,
          sourceGuid: guid,
          sourceName: name,
          users,
          targets,
          dimensions: mapping.dimensions,
          report,
        })
        const article = span && readArticleCoding(span, text.length, mapping.dimensions)
        if (!article) {
          if (span !== null) spans.push(span)
        } else if (
          articleCodings.some((c) => c.sourceGuid === guid && c.coder === article.coding.coder)
        ) {
          report.push(`“${name}” has a second article coding by ${article.coding.coder}; skipped.`)
        } else {
          articleCodings.push(article.coding)
          if (article.leftover !== '') {
            report.push(
              `A note on the article coding of “${name}” was not kept: ${article.leftover}`,
            )
          }
        }
      }
    }
    for (const kind of OTHER_SOURCES) {
      const n = children(list, kind).length
      if (n > 0)
        report.push(`${n} ${kind} element(s) were not imported: Newscoder codes text only.`)
    }
  }
  for (const name of UNMAPPED) {
    if (root[name] !== undefined) report.push(`The project’s ${name} were not imported.`)
  }
  if (files.other.length > 0) {
    report.push(`${files.other.length} other file(s) in the archive were not read.`)
  }
  if (sources.length === 0)
    throw new Error('The project holds no text source Newscoder can import.')
  const name = decodeXmlText(attribute(root, 'name') ?? '').trim() || 'Imported project'
  return {
    name,
    dimensions: mapping.dimensions,
    speakers: mapping.speakers,
    sources,
    spans,
    articleCodings,
    report,
  }
}
