import { z } from 'zod'
import type { Codebook, Dimension } from '../domain/codebook'
import { dimensionSchema } from '../domain/codebook'
import { checkDimensions } from './checkDimensions'

/** Marks a file as a Newscoder codebook, so that any other JSON is refused by name. */
export const CODEBOOK_FILE_FORMAT = 'newscoder-codebook'

const codebookFileSchema = z.object({
  format: z.literal(CODEBOOK_FILE_FORMAT),
  formatVersion: z.literal(1),
  name: z.string(),
  version: z.number().int().positive(),
  exportedAt: z.string(),
  dimensions: z.array(dimensionSchema),
})

/** A codebook read from a file: its name and dimensions (ids, values, rules, all as saved). */
export type ImportedCodebook = { name: string; version: number; dimensions: Dimension[] }

/** The outcome of reading a codebook file: the codebook, or a specific reason it was refused. */
export type CodebookParseResult =
  { ok: true; codebook: ImportedCodebook } | { ok: false; error: string }

/**
 * The codebook as a JSON file, lossless: every dimension with its ids, columns, values, rules,
 * colours, shortcuts, parents and skip logic, as stored. `exportedAt` is ISO 8601 UTC.
 */
export function codebookToJson(codebook: Codebook, exportedAt: number): string {
  const file: z.infer<typeof codebookFileSchema> = {
    format: CODEBOOK_FILE_FORMAT,
    formatVersion: 1,
    name: codebook.name,
    version: codebook.version,
    exportedAt: new Date(exportedAt).toISOString(),
    dimensions: codebook.dimensions,
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.')
  return path === '' ? issue.message : `${path}: ${issue.message}`
}

/**
 * Reads a codebook file written by `codebookToJson`. Refuses, with the first reason found, text
 * that is not JSON, JSON that is not a Newscoder codebook, a codebook that breaks the schema
 * (naming the field), and one whose references do not hold (`checkDimensions`).
 */
export function parseCodebookJson(text: string): CodebookParseResult {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, error: 'This file is not valid JSON.' }
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { format?: unknown }).format !== CODEBOOK_FILE_FORMAT
  ) {
    return {
      ok: false,
      error:
        'This JSON file is not a Newscoder codebook (its “format” is not “newscoder-codebook”).',
    }
  }
  const parsed = codebookFileSchema.safeParse(data)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    return {
      ok: false,
      error: `The codebook file is malformed: ${first ? describeIssue(first) : 'unknown problem'}.`,
    }
  }
  const problems = checkDimensions(parsed.data.dimensions)
  if (problems.length > 0)
    return { ok: false, error: `The codebook file is inconsistent: ${problems[0]}` }
  const { name, version, dimensions } = parsed.data
  return { ok: true, codebook: { name, version, dimensions } }
}
