import { randomUUID } from 'node:crypto'
import type { FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { JournalChange, JournalEntry } from '../../shared/journal/journalChange'
import { formatJournalLine } from '../../shared/journal/formatJournalLine'
import type { ParsedJournal } from '../../shared/journal/parseJournal'
import { parseJournal } from '../../shared/journal/parseJournal'
import { describeFsError } from './describeFsError'
import type { DurableFs } from './durableFs'
import { writeFileDurably } from './writeFileDurably'

/** File name of the journal inside its folder. */
export const JOURNAL_FILE = 'journal.log'

export type JournalWriterDeps = {
  fs: DurableFs
  folder: string
  now?: () => number
  /** Sequence number the latest snapshot covers: numbering continues after it even when compaction emptied the file. */
  baseSeq?: number
}

/** The append-only journal of committed changes, one writer per process. */
export type JournalWriter = {
  /** Appends one transaction's changes, fsyncs, and resolves to the last sequence number only then. */
  append(changes: JournalChange[]): Promise<number>
  /** The journal as it is on disk now. */
  read(): Promise<ParsedJournal>
  /** Drops the entries a snapshot covers (seq ≤ `seq`), replacing the file atomically. */
  compact(seq: number): Promise<void>
  /** Highest sequence number handed out so far. */
  lastSeq(): number
  close(): Promise<void>
}

function isMissing(error: unknown): boolean {
  return (error as { code?: string }).code === 'ENOENT'
}

/**
 * Opens (or creates) the journal. A torn tail left by a crash is cut off first: it was never
 * acknowledged, and a new line appended after it would otherwise be glued onto it and lost.
 * Appends are serialised, so two transactions' lines never interleave.
 */
export async function openJournalWriter(deps: JournalWriterDeps): Promise<JournalWriter> {
  const { fs, folder } = deps
  const now = deps.now ?? Date.now
  const path = join(folder, JOURNAL_FILE)
  await fs.mkdir(folder, { recursive: true })

  const readBytes = async (): Promise<Buffer> => {
    try {
      return await fs.readFile(path)
    } catch (error) {
      if (isMissing(error)) return Buffer.alloc(0)
      throw error
    }
  }
  const initial = await readBytes()
  let size = initial.lastIndexOf(0x0a) + 1
  if (size < initial.length) await fs.truncate(path, size)
  // The parse of the file as it stands, kept until the next append or compaction: at start-up
  // the recovery check and the replay both read the journal, and with 100,000 entries each parse
  // costs seconds.
  let parsed: ParsedJournal | null = parseJournal(initial.subarray(0, size).toString('utf8'))
  let seq = Math.max(parsed.highestSeq, deps.baseSeq ?? 0)
  let handle: FileHandle = await fs.open(path, 'a')
  let queue: Promise<unknown> = Promise.resolve()

  const serialise = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task)
    queue = run.catch(() => undefined)
    return run
  }

  const appendNow = async (changes: JournalChange[]): Promise<number> => {
    if (changes.length === 0) return seq
    parsed = null
    const tx = randomUUID()
    const time = now()
    const entries: JournalEntry[] = changes.map((change, i) => ({
      seq: seq + 1 + i,
      time,
      tx,
      i,
      n: changes.length,
      change,
    }))
    const bytes = Buffer.from(entries.map(formatJournalLine).join(''), 'utf8')
    try {
      await handle.write(bytes)
      await handle.sync()
    } catch (error) {
      // Cut back whatever part did reach the file, so the next append starts on a clean line.
      await handle.truncate(size).catch(() => undefined)
      throw new Error(
        describeFsError('The change could not be written to the backup journal', error),
        { cause: error },
      )
    }
    size += bytes.length
    seq += changes.length
    return seq
  }

  const compactNow = async (upTo: number): Promise<void> => {
    parsed = null
    const lines = (await readBytes())
      .toString('utf8')
      .split('\n')
      .filter((l) => l !== '')
    // A transaction is kept whole when any of its lines is newer than the snapshot: replay applies
    // only complete transactions, and re-putting rows the snapshot already holds changes nothing.
    const txOf = (line: string): string | null => {
      try {
        return (JSON.parse(line.split('\t')[2] ?? '') as { tx?: string }).tx ?? null
      } catch {
        return null
      }
    }
    const seqOf = (line: string) => Number(line.slice(0, line.indexOf('\t')))
    const newer = new Set(lines.filter((l) => seqOf(l) > upTo).map(txOf))
    const keep = lines
      .filter((l) => newer.has(txOf(l)) && txOf(l) !== null)
      .map((l) => `${l}\n`)
      .join('')
    await handle.close()
    try {
      await writeFileDurably(fs, path, keep)
    } finally {
      handle = await fs.open(path, 'a')
    }
    size = Buffer.byteLength(keep)
  }

  return {
    append: (changes) => serialise(() => appendNow(changes)),
    read: () =>
      serialise(async () => (parsed ??= parseJournal((await readBytes()).toString('utf8')))),
    compact: (upTo) => serialise(() => compactNow(upTo)),
    lastSeq: () => seq,
    close: () => serialise(() => handle.close()),
  }
}
