import { z } from 'zod'

/** How a dimension's values are chosen; decides the widget and the level of measurement. */
export const dimensionKindSchema = z.enum([
  'single',
  'multi',
  'ordinal',
  'speaker',
  'text',
  'number',
  'boolean',
])

/** Kind of a codebook dimension. */
export type DimensionKind = z.infer<typeof dimensionKindSchema>

/** One value of a choice dimension. `rank` orders ordinal values; null marks a nominal escape ("unclear"). */
export const codeValueSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1).max(200),
  definition: z.string().default(''),
  /**
   * Coding rules and an example for the codebook appendix. Optional because codebooks stored
   * before they existed lack them; a missing rule reads as ''.
   */
  inclusion: z.string().optional(),
  exclusion: z.string().optional(),
  example: z.string().optional(),
  /** Parent value id for hierarchical codes (source type: "Official / government" > "Executive"). */
  parentId: z.string().nullable().default(null),
  color: z.string().default(''),
  /** A single key that applies this value while tagging (e.g. "1" for the first stance). */
  shortcut: z.string().max(1).default(''),
  rank: z.number().nullable().default(null),
})

/** A value of a choice dimension. */
export type CodeValue = z.infer<typeof codeValueSchema>

/** A variable of the codebook. `id` is stable across renames: codings reference it, never the name. */
export const dimensionSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(200),
  /** Column name in exports (snake_case), stable across label edits. */
  column: z.string().regex(/^[a-z][a-z0-9_]*$/),
  description: z.string().default(''),
  kind: dimensionKindSchema,
  scope: z.enum(['span', 'article']),
  required: z.boolean().default(false),
  values: z.array(codeValueSchema).default([]),
  /**
   * Skip logic: the dimension is shown (and exported as applicable) only when the dimension
   * `dimensionId` has one of `valueIds` (e.g. "anonymity justified?" only for anonymous sources).
   */
  showWhen: z
    .object({ dimensionId: z.string().min(1), valueIds: z.array(z.string()).min(1) })
    .nullable()
    .default(null),
})

/** A codebook dimension (variable). */
export type Dimension = z.infer<typeof dimensionSchema>

/** A project's codebook. `version` increases with every change, and annotations record it. */
export const codebookSchema = z.object({
  id: z.string().min(1),
  projectId: z.string().min(1),
  name: z.string(),
  version: z.number().int().positive(),
  dimensions: z.array(dimensionSchema),
  updatedAt: z.number(),
})

/** A codebook as stored in the `codebooks` table (one per project). */
export type Codebook = z.infer<typeof codebookSchema>
