import { z } from 'zod'
import { dimensionKindSchema } from '../domain/codebook'

/** Start of the one line in a code's description that carries what REFI-QDA has no place for. */
export const META_PREFIX = 'newscoder:'

// Loose: the other fields of a dimension or value ride along, so fields added to the codebook
// schema later survive a round trip; the domain schemas check them on import.
const dimensionMetaSchema = z
  .object({
    dimension: z.string().min(1),
    column: z.string().regex(/^[a-z][a-z0-9_]*$/),
    kind: dimensionKindSchema,
    scope: z.enum(['span', 'article']),
  })
  .loose()

const valueMetaSchema = z.object({ value: z.string().min(1) }).loose()

const speakerMetaSchema = z.object({ speaker: z.string().min(1) })

/** Newscoder facts about a top-level code that stands for a codebook dimension. */
export type DimensionMeta = z.infer<typeof dimensionMetaSchema>
/** Newscoder facts about a code that stands for a value of a dimension. */
export type ValueMeta = z.infer<typeof valueMetaSchema>
/** Newscoder facts about a code that stands for a speaker of the registry. */
export type SpeakerMeta = z.infer<typeof speakerMetaSchema>
/** Any of the three, tagged by what the code stands for. */
export type CodeMeta =
  | { for: 'dimension'; meta: DimensionMeta }
  | { for: 'value'; meta: ValueMeta }
  | { for: 'speaker'; meta: SpeakerMeta }

/**
 * Returns a code description: the human text, then (on its own last line) `META_PREFIX` and
 * the JSON of `meta`. Other QDA tools show it as a line of the description; Newscoder reads it back
 * to restore dimension kinds, columns, ids and ranks that REFI-QDA's code tree cannot hold
 * (docs/adr/0007-refi-qda-mapping.md).
 */
export function withMeta(text: string, meta: DimensionMeta | ValueMeta | SpeakerMeta): string {
  const line = META_PREFIX + JSON.stringify(meta)
  return text.length > 0 ? `${text}\n${line}` : line
}

/**
 * Splits a code description into its human text and the Newscoder facts of its last line, if that
 * line is a well-formed one (a malformed line stays part of the text, so nothing is lost).
 */
export function readMeta(description: string): { text: string; meta: CodeMeta | null } {
  const cut = description.lastIndexOf('\n')
  const line = description.slice(cut + 1).trim()
  if (!line.startsWith(META_PREFIX)) return { text: description, meta: null }
  let json: unknown
  try {
    json = JSON.parse(line.slice(META_PREFIX.length))
  } catch {
    return { text: description, meta: null }
  }
  const text = cut < 0 ? '' : description.slice(0, cut)
  const dimension = dimensionMetaSchema.safeParse(json)
  if (dimension.success) return { text, meta: { for: 'dimension', meta: dimension.data } }
  const value = valueMetaSchema.safeParse(json)
  if (value.success) return { text, meta: { for: 'value', meta: value.data } }
  const speaker = speakerMetaSchema.safeParse(json)
  if (speaker.success) return { text, meta: { for: 'speaker', meta: speaker.data } }
  return { text: description, meta: null }
}
