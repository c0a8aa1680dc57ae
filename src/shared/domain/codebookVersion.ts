import { z } from 'zod'
import { dimensionSchema } from './codebook'

/**
 * One recorded state of a project's codebook: every change of the codebook stores the full
 * dimensions as they were after it, with who changed it and when, so the history can be shown
 * and an annotation's `codebookVersion` always resolves to the codebook it was made under.
 */
export const codebookVersionSchema = z.object({
  id: z.string().min(1),
  projectId: z.string().min(1),
  version: z.number().int().positive(),
  dimensions: z.array(dimensionSchema),
  /** What changed, in words ("Renamed value “Against” to “Opposed”"). */
  note: z.string().default(''),
  coder: z.string().default(''),
  createdAt: z.number(),
})

/** A row of the `codebookVersions` table. */
export type CodebookVersion = z.infer<typeof codebookVersionSchema>
