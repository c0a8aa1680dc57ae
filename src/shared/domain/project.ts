import { z } from 'zod'

/** A project groups documents, one codebook, a speaker registry and annotations. */
export const projectSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(200),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Set when the project is in the trash; it can be restored until the trash is emptied. */
  deletedAt: z.number().nullable().default(null),
  /** True for the shipped sample project, so the UI can say where its texts come from. */
  isSample: z.boolean().default(false),
})

/** A project as stored in the `projects` table. */
export type Project = z.infer<typeof projectSchema>
