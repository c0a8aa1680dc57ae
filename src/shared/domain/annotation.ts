import { z } from 'zod'

/** A coded value: a value id (single/ordinal/speaker), ids (multi), text, number or yes/no. */
export const codedValueSchema = z.union([
  z.string(),
  z.array(z.string()),
  z.number(),
  z.boolean(),
  z.null(),
])

/** The value stored for one dimension of an annotation. */
export type CodedValue = z.infer<typeof codedValueSchema>

/**
 * Where a span came from. A coder's own selection has no origin (absent = `coder`); a span a
 * machine proposed records how it arrived, so that agreement and analysis can include or exclude
 * machine-applied spans and exports can say which is which:
 * - `suggested`: a quote suggestion the coder accepted; `edited` says whether they changed it first;
 * - `search`: applied to a search hit in one batch; `query` is the query as the coder typed it.
 */
export const annotationOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('coder') }).strict(),
  z.object({ kind: z.literal('suggested'), edited: z.boolean() }).strict(),
  z.object({ kind: z.literal('search'), query: z.string().min(1).max(2000) }).strict(),
])

/** How a span came to be; see `annotationOriginSchema`. */
export type AnnotationOrigin = z.infer<typeof annotationOriginSchema>

/**
 * A stand-off annotation: a span of a document's canonical text with its codes.
 * `start`/`end` are UTF-16 offsets (end exclusive); `exact`, `prefix` and `suffix` describe the
 * quote so the span can be verified and re-anchored (see anchoring/).
 */
export const annotationSchema = z
  .object({
    id: z.string().min(1),
    projectId: z.string().min(1),
    documentId: z.string().min(1),
    coder: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    exact: z.string().min(1),
    prefix: z.string(),
    suffix: z.string(),
    /** sha256 of the document text the offsets were taken in. */
    textHash: z.string().length(64),
    /** Coded values keyed by dimension id; a missing key means "not coded". */
    values: z.record(z.string(), codedValueSchema),
    memo: z.string().default(''),
    codebookVersion: z.number().int().positive(),
    createdAt: z.number(),
    updatedAt: z.number(),
    deletedAt: z.number().nullable().default(null),
    /** How the span arrived; absent on spans a coder selected (and on every span before origins). */
    origin: annotationOriginSchema.optional(),
  })
  .refine((a) => a.end > a.start, { message: 'end must be after start' })

/** An annotation as stored in the `annotations` table. */
export type Annotation = z.infer<typeof annotationSchema>

/** The codes a user edits on a span: the part of an annotation that undo/redo swaps. */
export type AnnotationCodes = Pick<Annotation, 'values' | 'memo'>

/**
 * Returns the `origin` cell of exports for a span: `coder`, `suggested`, `suggested (edited)` or
 * `search: <query>`. One spelling everywhere, so R or pandas can filter machine-applied spans with
 * a prefix test (`startsWith("search:")`).
 */
export function originLabel(origin: AnnotationOrigin | undefined): string {
  if (origin === undefined || origin.kind === 'coder') return 'coder'
  if (origin.kind === 'suggested') return origin.edited ? 'suggested (edited)' : 'suggested'
  return `search: ${origin.query}`
}
