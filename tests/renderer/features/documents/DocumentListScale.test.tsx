import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { addArticles } from '../../../../src/renderer/actions/documentActions'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { undo } from '../../../../src/renderer/actions/undoStack'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { DocumentList } from '../../../../src/renderer/features/documents/DocumentList'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAppState } from '../shell/resetAppState'

const provenance = {
  kind: 'paste' as const,
  fileName: null,
  size: null,
  sha256: null,
  importedAt: 1,
}

const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight')
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => 600,
  })
})
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight)
})

async function seed() {
  const project = await createProject('Study')
  const docs = await addArticles(project.id, [
    {
      article: {
        title: 'Budget vote',
        outlet: 'The Times',
        date: '2024-02-01',
        text: 'Budget vote\n\nThe chancellor spoke about pensions.',
      },
      provenance,
    },
    {
      article: {
        title: 'Asylum debate',
        outlet: 'Der Spiegel',
        date: '2024-03-15',
        text: 'Asylum debate\n\nMinisters met in Brussels.',
      },
      provenance,
    },
    {
      article: {
        title: 'Climate summit',
        outlet: 'Le Monde',
        date: '2023-12-10',
        text: 'Climate summit\n\nDelegates argued over pensions too.',
      },
      provenance,
      extra: { attributes: { section: 'World' } },
    },
  ])
  useSession.getState().openProject(project.id)
  return docs
}

const titles = async () => {
  const listbox = screen.getByRole('listbox', { name: 'Articles' })
  const options = await within(listbox).findAllByRole('option')
  return options.map((o) => o.querySelector('.document-title')?.textContent)
}

describe('DocumentList at scale', () => {
  beforeEach(resetAppState)

  it('finds articles by a word of their text, matched from the start of a word', async () => {
    await seed()
    render(<DocumentList />)
    await titles()
    fireEvent.change(screen.getByLabelText('Filter documents'), { target: { value: 'pensi' } })
    await waitFor(async () => expect(await titles()).toEqual(['Budget vote', 'Climate summit']))
    fireEvent.change(screen.getByLabelText('Filter documents'), { target: { value: 'brussels' } })
    await waitFor(async () => expect(await titles()).toEqual(['Asylum debate']))
  })

  it('filters by outlet, by date range and by attribute', async () => {
    await seed()
    render(<DocumentList />)
    await titles()
    fireEvent.change(screen.getByLabelText('Outlet'), { target: { value: 'Le Monde' } })
    expect(await titles()).toEqual(['Climate summit'])
    fireEvent.change(screen.getByLabelText('Outlet'), { target: { value: '' } })
    fireEvent.change(screen.getByLabelText('From date'), { target: { value: '2024-01-01' } })
    fireEvent.change(screen.getByLabelText('To date'), { target: { value: '2024-02-29' } })
    expect(await titles()).toEqual(['Budget vote'])
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }))
    fireEvent.change(screen.getByLabelText('Attribute'), { target: { value: 'section' } })
    fireEvent.change(screen.getByLabelText('Attribute value'), { target: { value: 'wor' } })
    expect(await titles()).toEqual(['Climate summit'])
  })

  it('edits the outlet of several selected documents at once, in one undoable step', async () => {
    const docs = await seed()
    render(<DocumentList />)
    await titles()
    fireEvent.click(screen.getByText('Asylum debate'))
    fireEvent.click(screen.getByText('Climate summit'), { shiftKey: true })
    const listbox = screen.getByRole('listbox', { name: 'Articles' })
    expect(within(listbox).getAllByRole('option', { selected: true })).toHaveLength(3)
    fireEvent.click(screen.getByText('Budget vote'), { ctrlKey: true })
    expect(within(listbox).getAllByRole('option', { selected: true })).toHaveLength(2)

    fireEvent.click(screen.getByRole('button', { name: 'Edit metadata' }))
    const dialog = screen.getByRole('dialog', { name: 'Edit metadata' })
    fireEvent.change(within(dialog).getByLabelText('Outlet'), { target: { value: 'Reuters' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply to 2 documents' }))

    await waitFor(async () => {
      const stored = await db.documents.bulkGet(docs.map((d) => d.id))
      expect(stored.map((d) => d?.outlet)).toEqual(['The Times', 'Reuters', 'Reuters'])
      expect(stored.map((d) => d?.date)).toEqual(['2024-02-01', '2024-03-15', '2023-12-10'])
    })
    await undo()
    const restored = await db.documents.bulkGet(docs.map((d) => d.id))
    expect(restored.map((d) => d?.outlet)).toEqual(['The Times', 'Der Spiegel', 'Le Monde'])
  })
})
