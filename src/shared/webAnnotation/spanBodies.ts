import type { Annotation } from '../domain/annotation'
import type { Codebook } from '../domain/codebook'
import type { Speaker } from '../domain/speaker'

/** A W3C TextualBody: a tag, a description or a comment in plain text. */
export type TextualBody = {
  type: 'TextualBody'
  purpose: 'tagging' | 'describing' | 'commenting'
  value: string
  format: 'text/plain'
}

const body = (purpose: TextualBody['purpose'], value: string): TextualBody => ({
  type: 'TextualBody',
  purpose,
  value,
  format: 'text/plain',
})

/**
 * Returns the bodies of a span's W3C annotation, in codebook order: one tagging body per code,
 * valued "Dimension: label" (the dimension's name keeps "Stance: Against" apart from another
 * dimension's "Against"; speakers by name; a yes/no dimension coded yes as the dimension's name
 * alone), a describing body "Dimension: value" per text or number value, and the memo as a
 * commenting body. Ids no longer in the codebook or registry are written raw, never dropped.
 */
export function spanBodies(
  annotation: Pick<Annotation, 'values' | 'memo'>,
  codebook: Codebook,
  speakers: ReadonlyMap<string, Speaker>,
): TextualBody[] {
  const bodies: TextualBody[] = []
  for (const d of codebook.dimensions) {
    const value = annotation.values[d.id]
    if (value === undefined || value === null || value === '') continue
    if (d.kind === 'boolean') {
      if (value === true) bodies.push(body('tagging', d.name))
      continue
    }
    if (d.kind === 'text' || d.kind === 'number') {
      bodies.push(body('describing', `${d.name}: ${String(value)}`))
      continue
    }
    const ids = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [String(value)]
    for (const id of ids) {
      const label =
        d.kind === 'speaker'
          ? (speakers.get(id)?.name ?? id)
          : (d.values.find((v) => v.id === id)?.label ?? id)
      bodies.push(body('tagging', `${d.name}: ${label}`))
    }
  }
  if (annotation.memo.trim() !== '') bodies.push(body('commenting', annotation.memo))
  return bodies
}
