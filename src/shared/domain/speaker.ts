import { z } from 'zod'

/** A person or organisation quoted across articles, from the project-wide registry. */
export const speakerSchema = z.object({
  id: z.string().min(1),
  projectId: z.string().min(1),
  name: z.string().min(1).max(300),
  aliases: z.array(z.string()).default([]),
  /** Source-type value id pre-filled when this speaker is chosen. */
  defaultSourceType: z.string().nullable().default(null),
  affiliation: z.string().default(''),
  /** Optional attributes for sourcing studies; a missing value reads as '' (not recorded). */
  gender: z.string().optional(),
  party: z.string().optional(),
  notes: z.string().default(''),
  createdAt: z.number(),
  updatedAt: z.number(),
})

/** A speaker as stored in the `speakers` table. */
export type Speaker = z.infer<typeof speakerSchema>
