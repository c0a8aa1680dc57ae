import { describe, expect, it } from 'vitest'
import type { JournalEntry } from '../../../src/shared/journal/journalChange'
import { formatJournalLine } from '../../../src/shared/journal/formatJournalLine'
import { parseJournal } from '../../../src/shared/journal/parseJournal'

function entry(seq: number, tx = `t${seq}`, i = 0, n = 1): JournalEntry {
  return {
    seq,
    time: 1_700_000_000_000 + seq,
    tx,
    i,
    n,
    change: {
      op: 'put',
      table: 'annotations',
      value: { id: `a${seq}`, memo: 'tab\there\nnewline' },
    },
  }
}

describe('parseJournal', () => {
  it('reads back every formatted line, with strings holding tabs and newlines intact', () => {
    const text = [entry(1), entry(2), entry(3)].map(formatJournalLine).join('')
    const parsed = parseJournal(text)
    expect(parsed.entries).toEqual([entry(1), entry(2), entry(3)])
    expect(parsed.lastSeq).toBe(3)
    expect(parsed.invalidLines).toBe(0)
  })

  it('never takes a torn last line as data, wherever it was cut', () => {
    const whole = formatJournalLine(entry(1))
    const last = formatJournalLine(entry(2))
    for (let cut = 0; cut < last.length; cut += 1) {
      const parsed = parseJournal(whole + last.slice(0, cut))
      expect(parsed.entries.map((e) => e.seq)).toEqual([1])
      expect(parsed.invalidLines).toBe(cut === 0 ? 0 : 1)
    }
  })

  it('refuses a line whose checksum does not match its content', () => {
    const line = formatJournalLine(entry(1)).replace('a1', 'b1')
    expect(parseJournal(line)).toMatchObject({ entries: [], invalidLines: 1, lastSeq: 0 })
  })

  it('refuses a line whose sequence number does not increase, so nothing is applied twice', () => {
    const text = [entry(1), entry(2), entry(2)].map(formatJournalLine).join('')
    expect(parseJournal(text).entries.map((e) => e.seq)).toEqual([1, 2])
    expect(parseJournal(text).invalidLines).toBe(1)
  })

  it('drops a transaction whose later lines never reached the disk', () => {
    const text = [entry(1), entry(2, 'big', 0, 3), entry(3, 'big', 1, 3)]
      .map(formatJournalLine)
      .join('')
    const parsed = parseJournal(text)
    expect(parsed.entries.map((e) => e.seq)).toEqual([1])
    expect(parsed.droppedTransactions).toBe(1)
    expect(parsed.lastSeq).toBe(1)
  })

  it('refuses lines whose change names a table the app does not have', () => {
    const bad = { ...entry(1), change: { op: 'put', table: 'secrets', value: {} } }
    expect(parseJournal(formatJournalLine(bad as unknown as JournalEntry)).invalidLines).toBe(1)
  })
})
