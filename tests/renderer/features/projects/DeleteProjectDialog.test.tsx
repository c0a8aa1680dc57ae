import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Annotation } from '../../../../src/shared/domain/annotation'
import { addArticles } from '../../../../src/renderer/actions/documentActions'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { describeProjectDeletion } from '../../../../src/renderer/features/projects/DeleteProjectDialog'
import { OverlayHost } from '../../../../src/renderer/features/shell/OverlayHost'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAppState } from '../shell/resetAppState'

const provenance = {
  kind: 'paste' as const,
  fileName: null,
  size: null,
  sha256: null,
  importedAt: 1,
}

async function seedProject(name: string, documents: number, annotationsPerDocument: number) {
  const project = await createProject(name)
  const docs = await addArticles(
    project.id,
    Array.from({ length: documents }, (_, i) => ({
      article: { title: `Article ${i + 1}`, text: `Article ${i + 1}\n\nSome text to code here.` },
      provenance,
    })),
  )
  const annotations: Annotation[] = docs.flatMap((doc) =>
    Array.from({ length: annotationsPerDocument }, (_, i) => ({
      id: `${doc.id}-${i}`,
      projectId: project.id,
      documentId: doc.id,
      coder: 'Coder 1',
      start: 0,
      end: 7,
      exact: 'Article',
      prefix: '',
      suffix: ' 1',
      textHash: doc.textHash,
      values: { stance: 'stance.neutral' },
      memo: '',
      codebookVersion: 1,
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
    })),
  )
  await db.annotations.bulkAdd(annotations)
  return project
}

describe('Delete project dialog', () => {
  beforeEach(resetAppState)

  it('states how many documents and annotations go with the project', async () => {
    const project = await seedProject('Election study', 3, 4)
    useSession.getState().openProject(project.id)
    useSession.getState().setOverlay('delete-project')
    render(<OverlayHost />)

    expect(
      await screen.findByText('Delete “Election study”? It has 3 documents and 12 annotations.'),
    ).toBeTruthy()
    expect(screen.getByText(/Deleted projects go to the trash and can be restored/)).toBeTruthy()
  })

  it('moves the project to the trash and opens the next one', async () => {
    const doomed = await seedProject('Doomed', 1, 0)
    const other = await seedProject('Other', 0, 0)
    useSession.getState().openProject(doomed.id)
    useSession.getState().setOverlay('delete-project')
    render(<OverlayHost />)

    const button = await screen.findByRole('button', { name: 'Delete project' })
    await waitFor(() => expect(button).toHaveProperty('disabled', false))
    fireEvent.click(button)

    await waitFor(() => expect(useSession.getState().projectId).toBe(other.id))
    expect((await db.projects.get(doomed.id))?.deletedAt).not.toBeNull()
    expect(await db.documents.where('projectId').equals(doomed.id).count()).toBe(1)
  })

  it('uses the singular for one document and one annotation', () => {
    expect(describeProjectDeletion('X', { documents: 1, annotations: 1 })).toBe(
      'Delete “X”? It has 1 document and 1 annotation.',
    )
  })
})
