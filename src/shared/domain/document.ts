import { z } from 'zod'

/** Where a document's text came from: kept so that a coded text can always be traced to its file. */
export const provenanceSchema = z.object({
  kind: z.enum(['file', 'paste', 'sample']),
  fileName: z.string().nullable().default(null),
  /** Size of the original file in bytes (null for pasted text). */
  size: z.number().int().nonnegative().nullable().default(null),
  /** sha256 (hex) of the original file's bytes (null for pasted text). */
  sha256: z.string().nullable().default(null),
  importedAt: z.number(),
})

/** Provenance of an imported document. */
export type Provenance = z.infer<typeof provenanceSchema>

/**
 * An article's metadata. Its canonical text lives apart in `documentTextSchema` so that lists of
 * thousands of documents never load the texts.
 */
export const documentSchema = z.object({
  id: z.string().min(1),
  projectId: z.string().min(1),
  title: z.string().max(1000),
  outlet: z.string().max(500).default(''),
  author: z.string().max(500).default(''),
  /** Publication date as ISO `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`), or '' when unknown. */
  date: z.string().max(40).default(''),
  url: z.string().max(4000).default(''),
  /** Length of the canonical text in UTF-16 code units. */
  length: z.number().int().nonnegative(),
  /** sha256 (hex) of `text` as UTF-8: annotations record it to tell whether their offsets still hold. */
  textHash: z.string().length(64),
  /** Licence and credit line for texts that require one (the Wikinews sample), shown in the reader. */
  attribution: z.string().default(''),
  /** Further columns from an import (e.g. a corpus file's extra fields), exported with the document. */
  attributes: z.record(z.string(), z.string()).default({}),
  provenance: provenanceSchema,
  createdAt: z.number(),
  updatedAt: z.number(),
  deletedAt: z.number().nullable().default(null),
})

/** A document as stored in the `documents` table. */
export type NewsDocument = z.infer<typeof documentSchema>

/** The metadata fields a user may edit after import (the text itself is never editable). */
export type DocumentMetadata = Pick<NewsDocument, 'title' | 'outlet' | 'author' | 'date' | 'url'>

/**
 * The canonical text of a document: plain text, paragraphs separated by exactly one blank line
 * ("\n\n"), headline first. It never changes after import; every annotation offset points into it.
 */
export const documentTextSchema = z.object({
  documentId: z.string().min(1),
  projectId: z.string().min(1),
  text: z.string(),
})

/** A row of the `texts` table. */
export type DocumentText = z.infer<typeof documentTextSchema>
