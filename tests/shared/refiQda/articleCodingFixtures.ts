import type { ArticleCoding, CodingStatus } from '../../../src/shared/domain/articleCoding'
import type { CodedValue } from '../../../src/shared/domain/annotation'
import type { Dimension } from '../../../src/shared/domain/codebook'
import type { ProjectExportInput } from '../../../src/shared/export/exportTables'
import { codebook, makeAnnotation, makeDocument, makeInput, T0 } from '../export/fixtures'

const value = (id: string, label: string) => ({
  id,
  label,
  definition: '',
  parentId: null,
  color: '',
  shortcut: '',
  rank: null,
})

const article = (d: Omit<Dimension, 'description' | 'required' | 'showWhen' | 'scope'>) =>
  ({ ...d, description: '', required: false, showWhen: null, scope: 'article' }) as Dimension

/** Article-level dimensions of each kind that carries codes or free values. */
export const articleDimensions: Dimension[] = [
  article({
    id: 'primary_frame',
    name: 'Primary frame',
    column: 'primary_frame',
    kind: 'single',
    values: [value('pf.econ', 'Economic'), value('pf.security', 'Security and defense')],
  }),
  article({
    id: 'topics',
    name: 'Topics',
    column: 'topics',
    kind: 'multi',
    values: [value('t.border', 'Border'), value('t.courts', 'Courts')],
  }),
  article({ id: 'relevant', name: 'Relevant', column: 'relevant', kind: 'boolean', values: [] }),
  article({ id: 'summary', name: 'Summary', column: 'summary', kind: 'text', values: [] }),
]

export const text = 'Headline 👍🏽 here\n\nMayorkas said “I’m opposed” & <left>.\n\nLast 𠀋 line.'
export const doc = makeDocument('d1', 'A & B', text)

/** A coder's article coding of `doc`. */
export function makeArticleCoding(
  coder: string,
  values: Record<string, CodedValue>,
  status: CodingStatus,
): ArticleCoding {
  return {
    id: `ac-${coder}`,
    projectId: 'p1',
    documentId: doc.id,
    coder,
    values,
    status,
    codebookVersion: 1,
    createdAt: T0,
    updatedAt: T0 + 5000,
  }
}

export const articleCodings: ArticleCoding[] = [
  makeArticleCoding(
    'coder-1',
    {
      primary_frame: 'pf.security',
      topics: ['t.border', 't.courts'],
      relevant: true,
      summary: 'Officials only',
    },
    'complete',
  ),
  makeArticleCoding('coder-2', { primary_frame: 'pf.econ' }, 'in_progress'),
  // Nothing coded, nothing begun: not exported.
  makeArticleCoding('coder-3', {}, 'not_started'),
]

const quote = '“I’m opposed”'
const span = makeAnnotation(doc, text, text.indexOf(quote), text.indexOf(quote) + quote.length, {
  stance: 'stance.against',
})

/** A project with one span and the article codings above, under a codebook with article dimensions. */
export const input: ProjectExportInput = {
  ...makeInput([{ document: doc, text }], [span]),
  codebook: { ...codebook, dimensions: [...codebook.dimensions, ...articleDimensions] },
  articleCodings,
}
