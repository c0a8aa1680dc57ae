import type { CodedValue } from '../domain/annotation'
import type { CodingStatus } from '../domain/articleCoding'
import type { Dimension } from '../domain/codebook'
import { readStatusLine } from './codingStatusLine'
import type { ImportedSpan } from './qdpxToProject'

/** A coder's article-level coding of an imported source. */
export type ImportedArticleCoding = {
  sourceGuid: string
  coder: string
  values: Record<string, CodedValue>
  status: CodingStatus
  createdAt: number | null
  updatedAt: number | null
}

/**
 * Returns a selection read by `readSelection` as an article coding when it is what
 * `articleCodingSelections` writes: it covers the whole text, every value it sets belongs to an
 * article-level dimension, and it sets a value or names a coding status ("Coding status: …").
 * Any other selection stays a span, so another tool's whole-text coding of ordinary codes is not
 * mistaken for one. Description lines besides the status have no place in an article coding and
 * come back in `leftover`, for the import report. Without a status line, a coding with values
 * counts as "In progress".
 */
export function readArticleCoding(
  span: ImportedSpan,
  textLength: number,
  dimensions: readonly Dimension[],
): { coding: ImportedArticleCoding; leftover: string } | null {
  if (span.start !== 0 || span.end !== textLength) return null
  const articleLevel = new Set(dimensions.filter((d) => d.scope === 'article').map((d) => d.id))
  const keys = Object.keys(span.values)
  if (keys.some((k) => !articleLevel.has(k))) return null
  const lines = span.memo === '' ? [] : span.memo.split('\n')
  const status = lines.map(readStatusLine).find((s) => s !== null) ?? null
  if (keys.length === 0 && status === null) return null
  return {
    coding: {
      sourceGuid: span.sourceGuid,
      coder: span.coder,
      values: span.values,
      status: status ?? 'in_progress',
      createdAt: span.createdAt,
      updatedAt: span.updatedAt,
    },
    leftover: lines.filter((line) => readStatusLine(line) === null).join('\n'),
  }
}
