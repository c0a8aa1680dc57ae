import { anchorAnnotation } from '../anchoring/anchorAnnotation'
import type { Anchor } from '../anchoring/types'
import type { Annotation } from '../domain/annotation'
import type { Codebook } from '../domain/codebook'
import type { NewsDocument } from '../domain/document'
import type { Project } from '../domain/project'
import type { Speaker } from '../domain/speaker'
import { codePointOffsets } from '../offsets/codePoints'
import { paragraphIndexAt, paragraphRanges } from '../text/paragraphs'
import type { DimensionColumn } from './dimensionColumns'
import { dimensionColumns, spanDimensions } from './dimensionColumns'
import { isoTime } from './isoTime'
import { paragraphPosition } from './paragraphPosition'

/** Everything an annotation export reads; `texts` maps document id → canonical text. */
export type AnnotationExportInput = {
  project: Project
  documents: readonly NewsDocument[]
  texts: ReadonlyMap<string, string>
  codebook: Codebook
  speakers: readonly Speaker[]
  annotations: readonly Annotation[]
}

/** A header and rows of string cells, ready for `toCsv`. */
export type AnnotationTable = { header: string[]; rows: string[][] }

/** Columns before the codebook's columns, in order. */
export const LEADING_COLUMNS = [
  'project',
  'document_id',
  'title',
  'outlet',
  'date',
  'url',
  'annotation_id',
  'paragraph',
  'position',
  'span_order',
  'start_utf16',
  'end_utf16',
  'start_cp',
  'end_cp',
  'text',
] as const

/** Columns after the codebook's columns, in order. */
export const TRAILING_COLUMNS = [
  'anchor_status',
  'memo',
  'coder',
  'codebook_version',
  'created',
  'updated',
] as const

/**
 * How multiple-choice values are laid out: `wide` joins them in one cell with "; "; `long`
 * repeats the annotation's row once per value, one value per cell (with several multiple-choice
 * dimensions, once per combination), the shape tidyr's `separate_rows` or pandas' `explode`
 * would give. `annotation_id` ties the rows of one span together.
 */
export type MultiLayout = 'wide' | 'long'

function codeColumns(codebook: Codebook, speakers: readonly Speaker[]): DimensionColumn[] {
  const taken = new Set<string>([...LEADING_COLUMNS, ...TRAILING_COLUMNS])
  return spanDimensions(codebook).flatMap((d) => dimensionColumns(d, speakers, taken))
}

/**
 * Returns the header of the annotation export: `LEADING_COLUMNS`, then the columns of each span
 * dimension of the codebook (see `dimensionColumns`), then `TRAILING_COLUMNS`.
 */
export function csvColumns(codebook: Codebook): string[] {
  const codes = codeColumns(codebook, []).map((c) => c.header)
  return [...LEADING_COLUMNS, ...codes, ...TRAILING_COLUMNS]
}

/**
 * Returns the rows of a long-layout annotation: one row per combination of the values in
 * `splits` (cell index → the cells of its values, in value order), the other cells repeated.
 */
function explode(row: string[], splits: ReadonlyMap<number, string[]>): string[][] {
  let rows: string[][] = [row]
  for (const [j, parts] of splits) {
    rows = rows.flatMap((r) =>
      parts.map((part) => {
        const copy = r.slice()
        copy[j] = part
        return copy
      }),
    )
  }
  return rows
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

type Placed = { annotation: Annotation; anchor: Anchor }

/** What the rows of one document's annotations depend on besides that document. */
export type AnnotationRowContext = Pick<AnnotationExportInput, 'project' | 'codebook' | 'speakers'>

/** Builds the annotation rows of one document at a time (see `buildAnnotationRows`). */
export type AnnotationRowMaker = {
  header: string[]
  /** Rows of `annotations` (the document's live ones, any order); `text` undefined if missing. */
  rowsOf(
    document: NewsDocument,
    text: string | undefined,
    annotations: readonly Annotation[],
  ): string[][]
}

/**
 * Returns a maker of annotation rows document by document, so an export can stream a project
 * without holding all its rows; `buildAnnotationRows` is this maker applied to every document.
 */
export function annotationRowMaker(
  input: AnnotationRowContext,
  layout: MultiLayout = 'wide',
): AnnotationRowMaker {
  const columns = codeColumns(input.codebook, input.speakers)
  const multi = new Set(
    spanDimensions(input.codebook)
      .filter((d) => d.kind === 'multi')
      .map((d) => d.id),
  )
  const header = [...LEADING_COLUMNS, ...columns.map((c) => c.header), ...TRAILING_COLUMNS]
  const days = new Map<number, string>()

  const rowsOf = (
    document: NewsDocument,
    text: string | undefined,
    annotations: readonly Annotation[],
  ): string[][] => {
    const rows: string[][] = []
    const placed: Placed[] = annotations.map((annotation) => ({
      annotation,
      anchor:
        text === undefined
          ? { status: 'orphan', start: annotation.start, end: annotation.end }
          : anchorAnnotation(text, document.textHash, annotation),
    }))
    placed.sort(
      (a, b) =>
        a.anchor.start - b.anchor.start ||
        a.anchor.end - b.anchor.end ||
        compare(a.annotation.id, b.annotation.id),
    )
    const ranges = text === undefined ? [] : paragraphRanges(text)
    const bounds: number[] = new Array<number>(2 * placed.length)
    placed.forEach((p, i) => {
      bounds[2 * i] = p.anchor.start
      bounds[2 * i + 1] = p.anchor.end
    })
    const cps = text === undefined ? [] : codePointOffsets(text, bounds)
    const perCoder = new Map<string, number>()

    placed.forEach(({ annotation: a, anchor }, i) => {
      const known = text !== undefined
      const order = (perCoder.get(a.coder) ?? 0) + 1
      perCoder.set(a.coder, order)
      const paragraph = known ? paragraphIndexAt(ranges, anchor.start) + 1 : 0
      const row = [
        input.project.name,
        document.id,
        document.title,
        document.outlet,
        document.date,
        document.url,
        a.id,
        known ? String(paragraph) : '',
        known ? paragraphPosition(paragraph) : '',
        String(order),
        String(anchor.start),
        String(anchor.end),
        known ? String(cps[2 * i]) : '',
        known ? String(cps[2 * i + 1]) : '',
        known ? text.slice(anchor.start, anchor.end) : a.exact,
      ]
      const trailing = [
        anchor.status,
        a.memo,
        a.coder,
        String(a.codebookVersion),
        isoTime(a.createdAt, days),
        isoTime(a.updatedAt, days),
      ]
      let splits: Map<number, string[]> | null = null
      for (const c of columns) {
        const value = a.values[c.dimensionId]
        if (
          layout === 'long' &&
          multi.has(c.dimensionId) &&
          Array.isArray(value) &&
          value.length > 1
        ) {
          splits ??= new Map()
          splits.set(
            row.length,
            value.map((id) => c.cell([id])),
          )
        }
        row.push(c.cell(value))
      }
      row.push(...trailing)
      if (splits === null) rows.push(row)
      else rows.push(...explode(row, splits))
    })
    return rows
  }
  return { header, rowsOf }
}

/** Orders documents as every export table lists them: by title, then id. */
export const byTitleThenId = (a: NewsDocument, b: NewsDocument): number =>
  compare(a.title, b.title) || compare(a.id, b.id)

/**
 * Returns the annotation table of a project: one row per live annotation (deleted annotations
 * and annotations of missing or deleted documents are left out), sorted by document title, then
 * document id, then start offset. Offsets come from `anchorAnnotation`, so `text` always equals
 * the canonical text's slice `start_utf16..end_utf16` (its status is in `anchor_status`); if a
 * document's text is missing the row is an orphan that keeps the stored quote, offsets and no
 * paragraph or code point offsets. `paragraph` is 1-based (1 is the headline), `position` names
 * it (headline, lead, body; see paragraphPosition), `span_order` numbers each coder's spans in the
 * article from 1 by start offset (per coder, so two coders' orders are comparable), and
 * `codebook_version` is the version the span was coded under. Multiple-choice cells follow
 * `layout` (see MultiLayout). `start_cp` / `end_cp` count Unicode code points, as Python and R
 * do. Paragraph ranges and code point offsets are computed once per document.
 */
export function buildAnnotationRows(
  input: AnnotationExportInput,
  layout: MultiLayout = 'wide',
): AnnotationTable {
  const maker = annotationRowMaker(input, layout)
  const documents = new Map<string, NewsDocument>()
  for (const d of input.documents) if (d.deletedAt === null) documents.set(d.id, d)
  const byDocument = new Map<string, Annotation[]>()
  for (const a of input.annotations) {
    if (a.deletedAt !== null || !documents.has(a.documentId)) continue
    const list = byDocument.get(a.documentId)
    if (list === undefined) byDocument.set(a.documentId, [a])
    else list.push(a)
  }
  const order = [...byDocument.keys()]
    .map((id) => documents.get(id) as NewsDocument)
    .sort(byTitleThenId)
  const rows: string[][] = []
  for (const document of order) {
    const list = byDocument.get(document.id) ?? []
    for (const row of maker.rowsOf(document, input.texts.get(document.id), list)) rows.push(row)
  }
  return { header: maker.header, rows }
}
