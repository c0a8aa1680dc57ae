import { sha256Hex } from '../text/sha256Hex'
import type { JournalEntry } from './journalChange'

/**
 * Returns one journal line, newline included: `seq TAB time TAB json TAB sha256`, where the
 * checksum covers everything before it. JSON.stringify escapes tabs and newlines inside strings,
 * so neither can occur in the json field and the line splits unambiguously.
 */
export function formatJournalLine(entry: JournalEntry): string {
  const json = JSON.stringify({ tx: entry.tx, i: entry.i, n: entry.n, change: entry.change })
  const body = `${entry.seq}\t${entry.time}\t${json}`
  return `${body}\t${sha256Hex(body)}\n`
}
