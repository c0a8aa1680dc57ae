import { render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import type { PickedFile } from '../../../../src/shared/ipc/contract'
import { sha256Hex } from '../../../../src/shared/text/sha256Hex'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { importPickedFiles } from '../../../../src/renderer/features/import/importPickedFiles'
import { ImportReportDialog } from '../../../../src/renderer/features/import/ImportReportDialog'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAppState } from '../shell/resetAppState'

const file = (name: string, text: string): PickedFile => {
  const bytes = new TextEncoder().encode(text)
  return { name, size: bytes.length, bytes }
}

describe('importing files', () => {
  beforeEach(resetAppState)

  it('imports a valid file with its provenance, opens it, and names the reason for an empty one', async () => {
    const project = await createProject('Imports')
    useSession.getState().openProject(project.id)
    const budget = file(
      'budget.txt',
      'Budget passes\n\nThe finance minister said the budget is "fair".',
    )

    await importPickedFiles([file('empty.txt', ''), budget])

    const docs = await db.documents.where('projectId').equals(project.id).toArray()
    expect(docs.map((d) => d.title)).toEqual(['Budget passes'])
    expect(docs[0]!.provenance).toMatchObject({
      kind: 'file',
      fileName: 'budget.txt',
      size: budget.size,
      sha256: sha256Hex(budget.bytes!),
    })
    expect(useSession.getState().documentId).toBe(docs[0]!.id)
    expect(useSession.getState().overlay).toBe('import')

    render(<ImportReportDialog />)
    const dialog = screen.getByRole('dialog', { name: 'Import summary' })
    expect(within(dialog).getByText('Imported 1 article.')).toBeTruthy()
    const failures = within(dialog).getByRole('list', { name: 'Not imported' })
    const item = within(failures).getByRole('listitem')
    expect(item.textContent).toMatch(/^empty\.txt — \S/)
  })

  it('announces a clean import in a notice without opening the summary', async () => {
    const project = await createProject('Imports')
    useSession.getState().openProject(project.id)

    await importPickedFiles([
      file('a.txt', 'First\n\nText one.'),
      file('b.txt', 'Second\n\nText two.'),
    ])

    expect(useSession.getState().overlay).toBeNull()
    expect(useSession.getState().notices.at(-1)?.text).toBe('Imported 2 articles.')
    expect(await db.documents.count()).toBe(2)
  })

  it('refuses to import without an open project, and says so', async () => {
    await importPickedFiles([file('a.txt', 'Text')])
    expect(await db.documents.count()).toBe(0)
    expect(useSession.getState().notices.at(-1)).toMatchObject({ kind: 'error' })
  })
})
