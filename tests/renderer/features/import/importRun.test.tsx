import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import type { PickedFile } from '../../../../src/shared/ipc/contract'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { ImportReportDialog } from '../../../../src/renderer/features/import/ImportReportDialog'
import { cancelImport, startImport } from '../../../../src/renderer/features/import/importRun'
import { useImportRun } from '../../../../src/renderer/features/import/importRunStore'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAppState } from '../shell/resetAppState'

const file = (name: string, text: string): PickedFile => {
  const bytes = new TextEncoder().encode(text)
  return { name, size: bytes.length, bytes }
}

const WIRE =
  'Storm closes ports\n\nA storm closed the ports of the northern coast on Monday, the harbour ' +
  'authority said, and ferries to the islands were cancelled until further notice. Fishermen ' +
  'brought their boats ashore while the coast guard warned against any trip out to sea. The ' +
  'weather service expects the wind to ease by Wednesday afternoon, when the first ferries ' +
  'could sail again if the waves allow it and the harbour is cleared of debris.\n\n' +
  Array.from(
    { length: 12 },
    (_, i) =>
      `Harbour report ${i + 1} lists the boats, the cargo and the crews that waited for calm water.`,
  ).join(' ')

async function project() {
  const p = await createProject('Imports')
  useSession.getState().openProject(p.id)
  return p.id
}

describe('the import run', () => {
  beforeEach(resetAppState)

  it('holds an exact duplicate for a choice and stores it linked when asked', async () => {
    const projectId = await project()
    await startImport(projectId, [file('wire.txt', WIRE)])
    const [original] = await db.documents.toArray()

    // The same text with its whitespace re-wrapped is still an exact duplicate.
    await startImport(projectId, [
      file('again.txt', WIRE.replace('the harbour ', 'the  harbour\n')),
    ])
    expect(useImportRun.getState().phase).toBe('duplicates')
    expect(await db.documents.count()).toBe(1)

    render(<ImportReportDialog />)
    const dialog = screen.getByRole('dialog', { name: 'Duplicates' })
    const item = within(dialog).getByRole('group', { name: 'Storm closes ports' })
    expect(item.textContent).toContain('Same text as “Storm closes ports”')
    fireEvent.click(within(item).getByRole('radio', { name: 'Import and link' }))
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continue' }))

    await waitFor(() => expect(useImportRun.getState().phase).toBe('done'))
    const copy = (await db.documents.toArray()).find((d) => d.id !== original!.id)
    expect(copy?.attributes.duplicateOf).toBe(original!.id)
  })

  it('flags a near duplicate and a repeat within the same import, and skips them on request', async () => {
    const projectId = await project()
    await startImport(projectId, [file('wire.txt', WIRE)])
    const edited = WIRE.replace('Wednesday afternoon', 'Wednesday evening')
    await startImport(projectId, [
      file('edited.txt', edited),
      file('new.txt', 'Fresh\n\nNew text.'),
      file('new-again.txt', 'Fresh\n\nNew text.'),
    ])

    const duplicates = useImportRun.getState().duplicates
    expect(
      duplicates.map((d) => [d.source.name, d.duplicate?.kind, d.duplicate?.inThisImport]),
    ).toEqual([
      ['edited.txt', 'near', false],
      ['new-again.txt', 'exact', true],
    ])
    render(<ImportReportDialog />)
    const dialog = screen.getByRole('dialog', { name: 'Duplicates' })
    expect(dialog.textContent).toMatch(/\d+ % the same wording as “Storm closes ports”/)
    const forAll = within(dialog).getByRole('group', { name: 'For all duplicates' })
    fireEvent.click(within(forAll).getByRole('button', { name: 'Skip' }))
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continue' }))

    await waitFor(() => expect(screen.getByRole('dialog', { name: 'Import summary' })).toBeTruthy())
    expect(screen.getByText(/Duplicates: 2 skipped/)).toBeTruthy()
    expect(await db.documents.count()).toBe(2)
  })

  it('keeps what finished when cancelled and names the files it never read', async () => {
    const projectId = await project()
    const files = Array.from({ length: 10 }, (_, i) =>
      file(`f${i}.txt`, `Title ${i}\n\nText number ${i}.`),
    )
    const stop = useImportRun.subscribe((s) => {
      if (s.filesDone === 3) cancelImport()
    })
    await startImport(projectId, files)
    stop()

    const run = useImportRun.getState()
    expect(run.cancelled).toBe(true)
    expect(run.notReached).toHaveLength(7)
    expect(await db.documents.count()).toBe(3)
    render(<ImportReportDialog />)
    expect(screen.getByRole('status').textContent).toMatch(
      /cancelled\. The 3 articles stored before the cancel were kept; 7 files were not read/,
    )
  })
})
