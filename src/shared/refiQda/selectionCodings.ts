import type { CodedValue } from '../domain/annotation'
import type { Codebook } from '../domain/codebook'
import type { Speaker } from '../domain/speaker'
import { dimensionGuid, speakerGuid, valueGuid } from './codeTree'

/** What carries codes: an annotation, or a coder's article-level coding of a document. */
export type Coded = { values: Record<string, CodedValue> }

/**
 * Returns the GUIDs of the codes an annotation (or article coding) applies (in codebook order): a code per chosen value
 * of a choice dimension, per named speaker, and the dimension's own code for a yes/no dimension
 * coded yes. Ids no longer in the codebook or registry have no code and are left out; text and
 * number values have none either (see `freeValueLines`).
 */
export function selectionCodeGuids(
  annotation: Coded,
  codebook: Codebook,
  speakers: ReadonlySet<string>,
): string[] {
  const guids: string[] = []
  for (const d of codebook.dimensions) {
    const value = annotation.values[d.id]
    if (value === undefined || value === null) continue
    if (d.kind === 'boolean') {
      if (value === true) guids.push(dimensionGuid(d.id))
      continue
    }
    const ids = typeof value === 'string' ? [value] : Array.isArray(value) ? value : []
    for (const id of ids) {
      if (d.kind === 'speaker') {
        if (speakers.has(id)) guids.push(speakerGuid(d.id, id))
      } else if (d.values.some((v) => v.id === id)) guids.push(valueGuid(d.id, id))
    }
  }
  return guids
}

/**
 * Returns "Dimension: value" lines for the text and number values of an annotation, which
 * REFI-QDA codes cannot carry; the exporter writes them, after the memo, into the selection's
 * description so that no coded value is silently left behind.
 */
export function freeValueLines(annotation: Coded, codebook: Codebook): string[] {
  const lines: string[] = []
  for (const d of codebook.dimensions) {
    if (d.kind !== 'text' && d.kind !== 'number') continue
    const value = annotation.values[d.id]
    if (value === undefined || value === null || value === '') continue
    lines.push(`${d.name}: ${String(value)}`)
  }
  return lines
}

/** The ids of a speaker registry, for `selectionCodeGuids`. */
export const speakerIds = (speakers: readonly Speaker[]): Set<string> =>
  new Set(speakers.map((s) => s.id))
