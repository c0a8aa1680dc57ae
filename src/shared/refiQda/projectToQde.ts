import { anchorAnnotation } from '../anchoring/anchorAnnotation'
import type { Annotation } from '../domain/annotation'
import type { ArticleCoding } from '../domain/articleCoding'
import type { ProjectExportInput } from '../export/exportTables'
import { liveRecords } from '../export/liveRecords'
import { codePointOffsets } from '../offsets/codePoints'
import { articleCodingSelections } from './articleCodingSelections'
import type { XmlObject } from './codeNodeXml'
import { codeNodeXml } from './codeNodeXml'
import { codebookCodeTree } from './codeTree'
import { NEWSCODER_ORIGIN } from './codebookToQdc'
import { refiGuid } from './refiGuid'
import { refiXmlBuilder } from './refiXmlBuilder'
import { freeValueLines, selectionCodeGuids, speakerIds } from './selectionCodings'
import { xmlAttribute, xmlSafe } from './xmlSafe'

/** Namespace of REFI-QDA project files (Project-mrt2019.xsd). */
export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0'

/** Longest selection name (code points): other tools show it in lists, the quote is in the text. */
const SELECTION_NAME_LENGTH = 100

/** A project.qde with the plain-text files its sources point to (`sources/<guid>.txt`). */
export type QdeExport = { xml: string; sources: { path: string; text: string }[]; skipped: number }

const iso = (ms: number): string => new Date(ms).toISOString()

function selectionName(exact: string): string {
  const points = [...exact]
  const name =
    points.length > SELECTION_NAME_LENGTH
      ? `${points.slice(0, SELECTION_NAME_LENGTH).join('')}…`
      : exact
  return xmlAttribute(name)
}

/**
 * Returns a REFI-QDA project (QDA-XML 1.0, validated against Project-mrt2019.xsd in the tests):
 * the coders as `<Users>`, the codebook as a code tree (`codebookCodeTree`, with the registry's
 * speakers), one `<TextSource>` per live document whose text is the file `sources/<guid>.txt`
 * (`plainTextPath="internal://<guid>.txt"`; outlet, date and URL in its description), and one
 * `<PlainTextSelection>` per live annotation with a `<Coding>` per applied code. Offsets are
 * 0-based Unicode code points, end exclusive, taken from the re-anchored span
 * (`anchorAnnotation`); orphans, whose place in the text is unknown, are left out and counted in
 * `skipped`. The memo and any text or number values go into the selection's description. Each
 * coder's article-level coding of a document becomes a selection of the whole text, listed first
 * (`articleCodingSelections`). Every
 * GUID is derived from an id (`refiGuid`), so exporting twice gives the same file.
 */
export function projectToQde(input: ProjectExportInput): QdeExport {
  const { documents, annotations } = liveRecords(input.documents, input.annotations)
  const coders = [
    ...new Set([...annotations.map((a) => a.coder), ...input.articleCodings.map((c) => c.coder)]),
  ].sort()
  const userGuid = (coder: string): string => refiGuid('user', coder)
  const known = speakerIds(input.speakers)
  const byDocument = new Map<string, Annotation[]>()
  for (const a of annotations) {
    const list = byDocument.get(a.documentId)
    if (list === undefined) byDocument.set(a.documentId, [a])
    else list.push(a)
  }
  const codingsOf = new Map<string, ArticleCoding[]>()
  for (const c of input.articleCodings)
    codingsOf.set(c.documentId, [...(codingsOf.get(c.documentId) ?? []), c])

  let skipped = 0
  const sources: QdeExport['sources'] = []
  const textSources: XmlObject[] = []
  for (const d of documents) {
    const text = input.texts.get(d.id)
    if (text === undefined) {
      skipped += byDocument.get(d.id)?.length ?? 0
      continue
    }
    const guid = refiGuid('source', d.id)
    sources.push({ path: `sources/${guid}.txt`, text })
    const placed = (byDocument.get(d.id) ?? [])
      .map((a) => ({ a, anchor: anchorAnnotation(text, d.textHash, a) }))
      .filter((p) => p.anchor.status !== 'orphan')
    skipped += (byDocument.get(d.id)?.length ?? 0) - placed.length
    placed.sort((x, y) => x.anchor.start - y.anchor.start || x.anchor.end - y.anchor.end)
    const cps = codePointOffsets(text, [
      ...placed.flatMap((p) => [p.anchor.start, p.anchor.end]),
      text.length,
    ])
    const wholeArticle = articleCodingSelections(codingsOf.get(d.id) ?? [], {
      codePoints: cps[cps.length - 1] ?? 0,
      codebook: input.codebook,
      speakers: known,
      userGuid,
    })
    const selections = placed.map(({ a, anchor }, i): XmlObject => {
      const description = [a.memo, ...freeValueLines(a, input.codebook)].filter((s) => s !== '')
      const selection: XmlObject = {
        '@_guid': refiGuid('annotation', a.id),
        '@_name': selectionName(text.slice(anchor.start, anchor.end)),
        '@_startPosition': String(cps[2 * i]),
        '@_endPosition': String(cps[2 * i + 1]),
        '@_creatingUser': userGuid(a.coder),
        '@_creationDateTime': iso(a.createdAt),
        '@_modifyingUser': userGuid(a.coder),
        '@_modifiedDateTime': iso(a.updatedAt),
      }
      if (description.length > 0) selection['Description'] = xmlSafe(description.join('\n'))
      const codings = selectionCodeGuids(a, input.codebook, known).map((code) => ({
        '@_guid': refiGuid('coding', `${a.id}/${code}`),
        '@_creatingUser': userGuid(a.coder),
        '@_creationDateTime': iso(a.updatedAt),
        CodeRef: { '@_targetGUID': code },
      }))
      if (codings.length > 0) selection['Coding'] = codings
      return selection
    })
    const about = [d.outlet, d.date, d.url].filter((s) => s !== '').join(' · ')
    const source: XmlObject = {
      '@_guid': guid,
      '@_name': xmlAttribute(d.title || d.id),
      '@_plainTextPath': `internal://${guid}.txt`,
      '@_creationDateTime': iso(d.createdAt),
      '@_modifiedDateTime': iso(d.updatedAt),
    }
    if (about !== '') source['Description'] = xmlSafe(about)
    if (wholeArticle.length + selections.length > 0) {
      source['PlainTextSelection'] = [...wholeArticle, ...selections]
    }
    textSources.push(source)
  }

  const project: XmlObject = {
    '@_xmlns': PROJECT_NAMESPACE,
    '@_name': xmlAttribute(input.project.name),
    '@_origin': NEWSCODER_ORIGIN,
    '@_creationDateTime': iso(input.project.createdAt),
    '@_modifiedDateTime': iso(input.project.updatedAt),
  }
  if (coders.length > 0) {
    project['Users'] = {
      User: coders.map((c) => ({ '@_guid': userGuid(c), '@_name': xmlAttribute(c) })),
    }
  }
  const codes = codebookCodeTree(input.codebook, { speakers: input.speakers })
  if (codes.length > 0) project['CodeBook'] = { Codes: { Code: codeNodeXml(codes) } }
  if (textSources.length > 0) project['Sources'] = { TextSource: textSources }
  const xml = refiXmlBuilder().build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    Project: project,
  }) as string
  return { xml, sources, skipped }
}
