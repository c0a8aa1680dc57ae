import {
  JOURNAL_SEQ_KEY,
  openWriteTransactions,
  setJournalSink,
  setWriteActivityListener,
  whenTransactionsSettled,
  withoutJournal,
} from '../db/journalMiddleware'
import { db } from '../db/NewscoderDb'
import type { DurabilityPort } from '../platform/electronDurability'
import { useSession } from '../state/sessionStore'
import { setSaveStatus } from './saveStatusStore'

let acked = 0
let inFlight = 0
let idle: Promise<void> = Promise.resolve()
let lastFailed = false

/**
 * "Saved" only once main has fsynced every committed change: a write transaction that has
 * started, or a batch not yet acknowledged, means "saving". Highlights and lists do not wait for
 * this; only the indicator does.
 */
function updateSaveStatus(): void {
  if (openWriteTransactions() > 0 || inFlight > 0) setSaveStatus('saving')
  else setSaveStatus(lastFailed ? 'failed' : 'saved')
}

/** Last journal sequence number main has confirmed on disk (0 before the first). */
export function lastAckedSeq(): number {
  return acked
}

/**
 * Resolves once every transaction committed so far has been confirmed (or refused) by main's
 * journal.
 */
export async function journalIdle(): Promise<void> {
  await whenTransactionsSettled()
  await idle
}

/**
 * Connects the journal middleware to main's journal: each committed transaction is appended in
 * commit order; a refusal (full disk, I/O error) is shown at once, since the change is then only
 * in IndexedDB. After the last pending batch is confirmed, the database records the sequence
 * number it now contains, which the recovery check compares with the journal at the next start.
 * The save status (`useSaveStatus`) says "saving" until main has confirmed each change on disk.
 */
export function startJournalSync(port: DurabilityPort, startSeq: number): void {
  acked = startSeq
  lastFailed = false
  setWriteActivityListener(updateSaveStatus)
  updateSaveStatus()
  setJournalSink((changes) => {
    inFlight += 1
    idle = idle.then(async () => {
      try {
        acked = await port.append(changes)
        lastFailed = false
      } catch (error) {
        lastFailed = true
        useSession
          .getState()
          .notify(
            'error',
            `${error instanceof Error ? error.message : String(error)} The change is saved in the app but not yet in its backup journal.`,
          )
      } finally {
        inFlight -= 1
        updateSaveStatus()
      }
      if (inFlight === 0) {
        const seq = acked
        await withoutJournal([db.settings], () =>
          db.settings.put({ key: JOURNAL_SEQ_KEY, value: seq }),
        ).catch(() => undefined)
      }
    })
  })
}

/** Records that the database now holds every journal entry up to `seq`. */
export async function recordJournalSeq(seq: number): Promise<void> {
  await withoutJournal([db.settings], () => db.settings.put({ key: JOURNAL_SEQ_KEY, value: seq }))
}

/** Reads the sequence number the database last recorded (0 when it never had a journal). */
export async function storedJournalSeq(): Promise<number> {
  const row = await db.settings.get(JOURNAL_SEQ_KEY)
  return typeof row?.value === 'number' ? row.value : 0
}
