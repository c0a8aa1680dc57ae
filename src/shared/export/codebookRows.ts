import type { Codebook } from '../domain/codebook'
import type { AnnotationTable } from './annotationRows'

/** Columns of codebook.csv, in order. */
export const CODEBOOK_COLUMNS = [
  'codebook_version',
  'dimension_id',
  'dimension',
  'column',
  'kind',
  'scope',
  'required',
  'dimension_description',
  'value_id',
  'label',
  'definition',
  'parent_id',
  'parent',
  'rank',
  'shortcut',
  'color',
] as const

/**
 * Returns codebook.csv, the data dictionary of the exports: one row per value of each dimension
 * (in codebook order), or one row with empty value cells for a dimension without values (text,
 * number, yes/no, speaker). `column` is the dimension's column in annotations.csv (span scope)
 * or documents.csv (article scope); `parent` is the parent value's label, `rank` the ordinal
 * score exported as `<column>_score`.
 */
export function buildCodebookRows(codebook: Codebook): AnnotationTable {
  const rows: string[][] = []
  const version = String(codebook.version)
  for (const d of codebook.dimensions) {
    const fixed = [
      version,
      d.id,
      d.name,
      d.column,
      d.kind,
      d.scope,
      d.required ? 'true' : 'false',
      d.description,
    ]
    if (d.values.length === 0) {
      rows.push([...fixed, '', '', '', '', '', '', '', ''])
      continue
    }
    const labels = new Map(d.values.map((v) => [v.id, v.label]))
    for (const v of d.values) {
      rows.push([
        ...fixed,
        v.id,
        v.label,
        v.definition,
        v.parentId ?? '',
        v.parentId === null ? '' : (labels.get(v.parentId) ?? ''),
        v.rank === null ? '' : String(v.rank),
        v.shortcut,
        v.color,
      ])
    }
  }
  return { header: [...CODEBOOK_COLUMNS], rows }
}
