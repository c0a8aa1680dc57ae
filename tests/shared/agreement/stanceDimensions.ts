import type { Dimension } from '../../../src/shared/domain/codebook'

const value = (id: string, rank: number | null) => ({
  id,
  label: id,
  definition: '',
  parentId: null,
  color: '',
  shortcut: '',
  rank,
})

/** A small codebook for agreement tests: an ordinal stance with two escapes and an article tone. */
export function sourcingAndStanceDimensions(): Dimension[] {
  const base = { description: '', required: false, showWhen: null }
  return [
    {
      ...base,
      id: 'stance',
      name: 'Stance',
      column: 'stance',
      kind: 'ordinal',
      scope: 'span',
      values: [
        value('against', -1),
        value('neutral', 0),
        value('favour', 1),
        value('none', null),
        value('unclear', null),
      ],
    },
    {
      ...base,
      id: 'memo_text',
      name: 'Note',
      column: 'note',
      kind: 'text',
      scope: 'span',
      values: [],
    },
    {
      ...base,
      id: 'tone',
      name: 'Tone',
      column: 'tone',
      kind: 'single',
      scope: 'article',
      values: [value('pro', null), value('anti', null)],
    },
  ]
}
