import { z } from 'zod'
import { codedValueSchema } from './annotation'

/** Where a coder stands with a document. */
export const codingStatusSchema = z.enum(['not_started', 'in_progress', 'complete'])

/** Coding status of a document for one coder. */
export type CodingStatus = z.infer<typeof codingStatusSchema>

/**
 * A coder's article-level codes for one document (primary frame, tone, relevance …) and their
 * coding status. One row per document and coder, so several coders' work never collides.
 */
export const articleCodingSchema = z.object({
  id: z.string().min(1),
  projectId: z.string().min(1),
  documentId: z.string().min(1),
  coder: z.string().min(1),
  /** Coded values keyed by article-scope dimension id; a missing key means "not coded". */
  values: z.record(z.string(), codedValueSchema),
  status: codingStatusSchema,
  codebookVersion: z.number().int().positive(),
  createdAt: z.number(),
  updatedAt: z.number(),
})

/** A row of the `articleCodings` table. */
export type ArticleCoding = z.infer<typeof articleCodingSchema>
