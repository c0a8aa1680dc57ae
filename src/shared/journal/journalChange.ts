import { z } from 'zod'

/**
 * The tables whose writes are journaled: every table of the Dexie schema. A fixed list, so a
 * renderer cannot make main write a change for a table the app does not have.
 */
export const JOURNAL_TABLES = [
  'projects',
  'documents',
  'texts',
  'codebooks',
  'speakers',
  'annotations',
  'settings',
  'codebookVersions',
  'articleCodings',
] as const

/** Name of a journaled table. */
export type JournalTable = (typeof JOURNAL_TABLES)[number]

const keySchema = z.string().min(1).max(1000)

/** A row as JSON: every row of the schema is a plain object of JSON values. */
const rowSchema = z.record(z.string(), z.json())

/**
 * One change of a committed transaction, as Dexie's DBCore saw it: rows written in full (`put`,
 * which also stands for `add`), rows deleted by key, or a key range deleted (`Table.clear()` is
 * the range with no bounds). Rows carry their primary key inline, so replaying a `put` needs no
 * separate key.
 */
export const journalChangeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), table: z.enum(JOURNAL_TABLES), value: rowSchema }).strict(),
  z
    .object({ op: z.literal('delete'), table: z.enum(JOURNAL_TABLES), keys: z.array(keySchema) })
    .strict(),
  z
    .object({
      op: z.literal('deleteRange'),
      table: z.enum(JOURNAL_TABLES),
      lower: keySchema.nullable(),
      upper: keySchema.nullable(),
      lowerOpen: z.boolean(),
      upperOpen: z.boolean(),
    })
    .strict(),
])

/** A change recorded in the journal. */
export type JournalChange = z.infer<typeof journalChangeSchema>

/**
 * A change as stored on one journal line: its sequence number, when main wrote it, and which
 * transaction it belongs to (`tx`, position `i` of `n`), so that replay applies a transaction
 * only when all of its lines made it to disk.
 */
export type JournalEntry = {
  seq: number
  time: number
  tx: string
  i: number
  n: number
  change: JournalChange
}
