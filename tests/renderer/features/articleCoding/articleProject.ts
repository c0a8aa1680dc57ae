import type { Dimension } from '../../../../src/shared/domain/codebook'
import { addPastedText } from '../../../../src/renderer/actions/documentActions'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'

const choice = (id: string, extra: Partial<Dimension> = {}): Dimension => ({
  id,
  name: id,
  column: id,
  description: '',
  kind: 'single',
  scope: 'article',
  required: false,
  values: ['yes', 'no', 'a', 'b'].map((v) => ({
    id: `${id}.${v}`,
    label: v,
    definition: '',
    parentId: null,
    color: '',
    shortcut: '',
    rank: null,
  })),
  showWhen: null,
  ...extra,
})

/** A project whose codebook has article dimensions: relevance, and tone only when relevant. */
export async function articleProject() {
  const project = await createProject('Frames')
  const doc = await addPastedText(project.id, 'Headline', 'Headline\n\nBody text.')
  const next = await addPastedText(project.id, 'Later', 'Later\n\nMore text.')
  if (!doc || !next) throw new Error('no document')
  await db.codebooks
    .where('projectId')
    .equals(project.id)
    .modify((codebook) => {
      codebook.dimensions.push(
        choice('relevant'),
        choice('tone', { showWhen: { dimensionId: 'relevant', valueIds: ['relevant.yes'] } }),
      )
    })
  return { project, doc, next }
}
