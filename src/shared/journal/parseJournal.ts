import { z } from 'zod'
import { sha256Hex } from '../text/sha256Hex'
import type { JournalEntry } from './journalChange'
import { journalChangeSchema } from './journalChange'

const payloadSchema = z.object({
  tx: z.string().min(1),
  i: z.number().int().nonnegative(),
  n: z.number().int().positive(),
  change: journalChangeSchema,
})

/** What a journal file holds once torn and damaged lines are set aside. */
export type ParsedJournal = {
  /** Entries of complete transactions, in sequence order: the data. */
  entries: JournalEntry[]
  /** Highest sequence number among `entries` (0 for none). */
  lastSeq: number
  /** Highest sequence number of any intact line, complete transaction or not: the next must exceed it. */
  highestSeq: number
  /** Lines that are cut off, fail their checksum or do not parse: never taken as data. */
  invalidLines: number
  /** Transactions of which not every line reached the disk: dropped as a whole. */
  droppedTransactions: number
}

function parseLine(line: string): JournalEntry | null {
  const fields = line.split('\t')
  if (fields.length !== 4) return null
  const [seqText, timeText, json, checksum] = fields as [string, string, string, string]
  if (!/^\d+$/.test(seqText) || !/^\d+$/.test(timeText)) return null
  if (sha256Hex(`${seqText}\t${timeText}\t${json}`) !== checksum) return null
  let payload: unknown
  try {
    payload = JSON.parse(json)
  } catch {
    return null
  }
  const parsed = payloadSchema.safeParse(payload)
  if (!parsed.success || parsed.data.i >= parsed.data.n) return null
  return { seq: Number(seqText), time: Number(timeText), ...parsed.data }
}

/**
 * Parses a journal file's text. A process killed mid-append leaves at most a torn last line
 * (no final newline) and a transaction whose later lines are missing; both are reported and
 * never returned as data. Lines whose sequence number does not increase are also invalid, so a
 * line is never applied twice.
 */
export function parseJournal(text: string): ParsedJournal {
  const cleanLength = text.lastIndexOf('\n') + 1
  const lines = text.slice(0, cleanLength).split('\n').slice(0, -1)
  let invalidLines = cleanLength < text.length ? 1 : 0
  const valid: JournalEntry[] = []
  for (const line of lines) {
    const entry = parseLine(line)
    const previous = valid[valid.length - 1]
    if (entry === null || (previous !== undefined && entry.seq <= previous.seq)) {
      invalidLines += 1
      continue
    }
    valid.push(entry)
  }

  const seen = new Map<string, Set<number>>()
  for (const entry of valid) {
    const indexes = seen.get(entry.tx) ?? new Set<number>()
    indexes.add(entry.i)
    seen.set(entry.tx, indexes)
  }
  const complete = (entry: JournalEntry) => seen.get(entry.tx)?.size === entry.n
  const entries = valid.filter(complete)
  const dropped = new Set(valid.filter((e) => !complete(e)).map((e) => e.tx))
  return {
    entries,
    lastSeq: entries.reduce((max, e) => Math.max(max, e.seq), 0),
    highestSeq: valid[valid.length - 1]?.seq ?? 0,
    invalidLines,
    droppedTransactions: dropped.size,
  }
}
