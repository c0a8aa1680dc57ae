import type { Row } from '../../../src/shared/sync/docIds'

/** A valid span of project p1 by Ann. */
export const span = (over: Partial<Row> = {}): Row => ({
  id: 'a1',
  projectId: 'p1',
  documentId: 'd1',
  coder: 'Ann',
  start: 0,
  end: 4,
  exact: 'Mayo',
  prefix: '',
  suffix: 'r said',
  textHash: 'a'.repeat(64),
  values: { stance: 'stance.against' },
  memo: '',
  codebookVersion: 1,
  createdAt: 1,
  updatedAt: 1,
  deletedAt: null,
  ...over,
})

/** A codebook of p1 with the given dimensions. */
export const codebook = (dimensions: Row[], over: Partial<Row> = {}): Row => ({
  id: 'cb1',
  projectId: 'p1',
  name: 'Sourcing',
  version: 3,
  dimensions,
  updatedAt: 1,
  ...over,
})

/** A single-choice span dimension. */
export const dimension = (id: string, name: string, labels: string[] = ['A']): Row => ({
  id,
  name,
  column: id,
  description: '',
  kind: 'single',
  scope: 'span',
  required: false,
  values: labels.map((label, i) => ({
    id: `${id}.${i}`,
    label,
    definition: '',
    parentId: null,
    color: '',
    shortcut: '',
    rank: null,
  })),
  showWhen: null,
})
