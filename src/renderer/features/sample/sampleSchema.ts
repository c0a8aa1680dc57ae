import { z } from 'zod'

const sampleAnnotationSchema = z.object({
  quote: z.string().min(1),
  stance: z.string().optional(),
  speaker: z.string().optional(),
  sourceType: z.string().optional(),
  identification: z.string().optional(),
  quoteType: z.string().optional(),
  memo: z.string().optional(),
})

/** Shape of resources/sample-project.json (written by scripts/buildSampleProject.mjs). */
export const sampleProjectSchema = z.object({
  name: z.string().min(1),
  licence: z.string(),
  articles: z.array(
    z.object({
      title: z.string(),
      date: z.string(),
      url: z.string(),
      outlet: z.string(),
      author: z.string(),
      attribution: z.string(),
      stanceTarget: z.string(),
      text: z.string().min(1),
      annotations: z.array(sampleAnnotationSchema),
    }),
  ),
})

/** The parsed sample project. */
export type SampleProject = z.infer<typeof sampleProjectSchema>
