import { fireEvent, render, screen, within } from '@testing-library/react'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { addArticles } from '../../../../src/renderer/actions/documentActions'
import { createProject } from '../../../../src/renderer/actions/projectActions'
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

// happy-dom has no layout: give every element a height so the virtualiser renders rows.
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
  const articles = [
    { title: 'Budget vote', outlet: 'The Times', date: '2024-02-01' },
    { title: 'Asylum debate', outlet: 'Der Spiegel', date: '2024-03-15' },
    { title: 'Climate summit', outlet: 'Le Monde', date: '2023-12-10' },
  ]
  const docs = await addArticles(
    project.id,
    articles.map((a) => ({ article: { ...a, text: `${a.title}\n\nBody.` }, provenance })),
  )
  const deleted = docs[0]!
  const [trashed] = await addArticles(project.id, [
    { article: { title: 'Trashed piece', text: 'Trashed piece' }, provenance },
  ])
  await db.documents.update(trashed!.id, { deletedAt: 5 })
  useSession.getState().openProject(project.id)
  return { project, docs, deleted }
}

// Scoped to the list: the "Sort by" select has options too.
const titles = async () => {
  const listbox = screen.getByRole('listbox', { name: 'Articles' })
  const options = await within(listbox).findAllByRole('option')
  return options.map((o) => o.querySelector('.document-title')?.textContent)
}

describe('DocumentList', () => {
  beforeEach(resetAppState)

  it('lists the live documents by title with outlet and date, leaving trashed ones out', async () => {
    await seed()
    render(<DocumentList />)
    expect(await titles()).toEqual(['Asylum debate', 'Budget vote', 'Climate summit'])
    expect(screen.getByText('Der Spiegel · 2024-03-15')).toBeTruthy()
    expect(screen.getByText('3 articles')).toBeTruthy()
  })

  it('sorts by date, newest first after toggling the direction', async () => {
    await seed()
    render(<DocumentList />)
    await titles()
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'date' } })
    expect(await titles()).toEqual(['Climate summit', 'Budget vote', 'Asylum debate'])
    fireEvent.click(screen.getByRole('button', { name: 'Descending order' }))
    expect(await titles()).toEqual(['Asylum debate', 'Budget vote', 'Climate summit'])
  })

  it('filters by title or outlet and counts the matches', async () => {
    await seed()
    render(<DocumentList />)
    await titles()
    fireEvent.change(screen.getByLabelText('Filter documents'), { target: { value: 'monde' } })
    expect(await titles()).toEqual(['Climate summit'])
    expect(screen.getByText('1 of 3 articles')).toBeTruthy()
  })

  it('opens a document on click and marks it selected', async () => {
    const { docs } = await seed()
    render(<DocumentList />)
    await titles()
    fireEvent.click(screen.getByText('Climate summit'))
    expect(useSession.getState().documentId).toBe(docs[2]!.id)
    const listbox = screen.getByRole('listbox', { name: 'Articles' })
    const selected = within(listbox).getByRole('option', { selected: true })
    expect(within(selected).getByText('Climate summit')).toBeTruthy()
  })

  it('moves with the arrow keys and opens the active row with Enter', async () => {
    const { docs } = await seed()
    render(<DocumentList />)
    await titles()
    const listbox = screen.getByRole('listbox', { name: 'Articles' })
    fireEvent.keyDown(listbox, { key: 'ArrowDown' })
    fireEvent.keyDown(listbox, { key: 'Enter' })
    expect(useSession.getState().documentId).toBe(docs[0]!.id) // "Budget vote" is second by title
    fireEvent.keyDown(listbox, { key: 'End' })
    fireEvent.keyDown(listbox, { key: 'Enter' })
    expect(useSession.getState().documentId).toBe(docs[2]!.id)
  })
})
