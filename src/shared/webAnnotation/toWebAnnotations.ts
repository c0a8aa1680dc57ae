import { anchorAnnotation } from '../anchoring/anchorAnnotation'
import { describeSpan } from '../anchoring/describeSpan'
import type { Annotation } from '../domain/annotation'
import type { ArticleCoding } from '../domain/articleCoding'
import type { ProjectExportInput } from '../export/exportTables'
import { liveRecords } from '../export/liveRecords'
import { codePointOffsets } from '../offsets/codePoints'
import { refiGuid } from '../refiQda/refiGuid'
import { articleCodingAnnotations } from './articleCodingAnnotations'
import type { TextualBody } from './spanBodies'
import { spanBodies } from './spanBodies'

/** The JSON-LD context every Web Annotation names. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

/** The target of a span: its document's IRI with a quote and a code-point position selector. */
export type SpanTarget = {
  source: string
  selector: [
    { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
    { type: 'TextPositionSelector'; start: number; end: number },
  ]
}

/**
 * A W3C Web Annotation of one span (a `SpanTarget`), or of a whole document, whose target is then
 * the document's IRI itself (the model's way of annotating a resource as a whole).
 */
export type WebAnnotation = {
  '@context': typeof ANNO_CONTEXT
  id: string
  type: 'Annotation'
  motivation: 'tagging' | 'highlighting' | 'describing'
  created: string
  modified: string
  creator: { type: 'Person'; name: string }
  body?: TextualBody[]
  target: SpanTarget | string
}

/**
 * IRI of a document: a `urn:uuid:` of the same name-based GUID its REFI-QDA export uses, so both
 * exports name a text alike and no web address is invented for a local file.
 */
export const documentIri = (documentId: string): string =>
  `urn:uuid:${refiGuid('source', documentId)}`

/** IRI of an annotation, likewise shared with the REFI-QDA selection of the span. */
export const annotationIri = (annotationId: string): string =>
  `urn:uuid:${refiGuid('annotation', annotationId)}`

const iso = (ms: number): string => new Date(ms).toISOString()

/**
 * Returns one W3C Web Annotation per live span (documents by title, spans by start): the target
 * is the document's IRI with a TextQuoteSelector (exact, and up to 32 characters of prefix and
 * suffix, taken from the text at the re-anchored place) and a TextPositionSelector whose start
 * and end count Unicode code points, end exclusive, as the model requires; the codes are tagging
 * bodies (`spanBodies`); motivation is "tagging", or "highlighting" for an uncoded span.
 * Orphans, whose place in the text is unknown, are left out and counted in `skipped`. Each
 * coder's article-level coding of a document comes first, as an annotation whose target is the
 * whole document (`articleCodingAnnotations`).
 */
export function toWebAnnotations(input: ProjectExportInput): {
  annotations: WebAnnotation[]
  skipped: number
} {
  const { documents, annotations } = liveRecords(input.documents, input.annotations)
  const speakers = new Map(input.speakers.map((s) => [s.id, s]))
  const byDocument = new Map<string, Annotation[]>()
  for (const a of annotations) {
    const list = byDocument.get(a.documentId)
    if (list === undefined) byDocument.set(a.documentId, [a])
    else list.push(a)
  }
  const codingsOf = new Map<string, ArticleCoding[]>()
  for (const c of input.articleCodings) {
    codingsOf.set(c.documentId, [...(codingsOf.get(c.documentId) ?? []), c])
  }
  const result: WebAnnotation[] = []
  let skipped = 0
  for (const d of documents) {
    const list = byDocument.get(d.id) ?? []
    const text = input.texts.get(d.id)
    if (text === undefined) {
      skipped += list.length
      continue
    }
    result.push(...articleCodingAnnotations(codingsOf.get(d.id) ?? [], input.codebook, speakers))
    const placed = list
      .map((a) => ({ a, anchor: anchorAnnotation(text, d.textHash, a) }))
      .filter((p) => p.anchor.status !== 'orphan')
    skipped += list.length - placed.length
    placed.sort((x, y) => x.anchor.start - y.anchor.start || x.anchor.end - y.anchor.end)
    const cps = codePointOffsets(
      text,
      placed.flatMap((p) => [p.anchor.start, p.anchor.end]),
    )
    placed.forEach(({ a, anchor }, i) => {
      const quote = describeSpan(text, anchor.start, anchor.end)
      const bodies = spanBodies(a, input.codebook, speakers)
      const annotation: WebAnnotation = {
        '@context': ANNO_CONTEXT,
        id: annotationIri(a.id),
        type: 'Annotation',
        motivation: bodies.some((b) => b.purpose === 'tagging') ? 'tagging' : 'highlighting',
        created: iso(a.createdAt),
        modified: iso(a.updatedAt),
        creator: { type: 'Person', name: a.coder },
        target: {
          source: documentIri(d.id),
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: quote.exact,
              prefix: quote.prefix,
              suffix: quote.suffix,
            },
            { type: 'TextPositionSelector', start: cps[2 * i] ?? 0, end: cps[2 * i + 1] ?? 0 },
          ],
        },
      }
      if (bodies.length > 0) annotation.body = bodies
      result.push(annotation)
    })
  }
  return { annotations: result, skipped }
}

/**
 * Returns the annotations as one W3C AnnotationCollection (JSON-LD) with a single embedded
 * AnnotationPage, labelled with the project's name: one file a tool like Hypothesis or a triple
 * store can read whole. The collection's IRI is derived from the project id, stable across exports.
 */
export function webAnnotationCollection(
  projectId: string,
  label: string,
  annotations: readonly WebAnnotation[],
): object {
  const id = `urn:uuid:${refiGuid('collection', projectId)}`
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
    first: {
      id: `urn:uuid:${refiGuid('page', projectId)}`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: annotations,
    },
  }
}
