import { z } from 'zod'
import { annotationSchema } from '../domain/annotation'
import { articleCodingSchema } from '../domain/articleCoding'
import { dimensionSchema } from '../domain/codebook'
import { documentSchema } from '../domain/document'
import { speakerSchema } from '../domain/speaker'

/** The `format` field of every coder package: tells a package from any other JSON file. */
export const CODER_PACKAGE_FORMAT = 'newscoder-coder-package'

/** The package format version this build writes and reads. */
export const CODER_PACKAGE_VERSION = 1

/**
 * A document in a package: identified by `textHash` (sha256 of its canonical text), which is what
 * the receiver matches on — document ids differ between installations unless they came from the
 * same skeleton. `text` is present in project skeletons only.
 */
export const packageDocumentSchema = documentSchema
  .pick({
    id: true,
    title: true,
    outlet: true,
    author: true,
    date: true,
    url: true,
    length: true,
    textHash: true,
    attribution: true,
    attributes: true,
  })
  .extend({ text: z.string().optional() })

/** A document as a package carries it. */
export type PackageDocument = z.infer<typeof packageDocumentSchema>

/**
 * A coder package, the file in which coders exchange work without a server:
 * - `kind: 'coding'`: one coder's annotations and article codings on the listed documents;
 * - `kind: 'skeleton'`: documents with their texts and the codebook, no coding — what a lead
 *   sends to new coders.
 * It names the project (id and name), the codebook version with the full codebook, and the
 * speakers the annotations refer to. Validated with this schema on receipt; unknown fields are
 * dropped.
 */
export const coderPackageSchema = z.object({
  format: z.literal(CODER_PACKAGE_FORMAT),
  formatVersion: z.literal(CODER_PACKAGE_VERSION),
  kind: z.enum(['coding', 'skeleton']),
  createdAt: z.number(),
  /** Who sent it (the sender's coder name). */
  coder: z.string().min(1),
  project: z.object({ id: z.string().min(1), name: z.string().min(1).max(200) }),
  codebook: z.object({
    name: z.string(),
    version: z.number().int().positive(),
    dimensions: z.array(dimensionSchema),
  }),
  documents: z.array(packageDocumentSchema),
  annotations: z.array(annotationSchema),
  articleCodings: z.array(articleCodingSchema),
  speakers: z.array(speakerSchema),
})

/** A coder package (see `coderPackageSchema`). */
export type CoderPackage = z.infer<typeof coderPackageSchema>
