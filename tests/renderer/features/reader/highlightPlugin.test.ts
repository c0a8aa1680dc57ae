import { Schema } from '@tiptap/pm/model'
import { EditorState, TextSelection } from '@tiptap/pm/state'
import type { Decoration } from '@tiptap/pm/view'
import { describe, expect, it } from 'vitest'
import type { HighlightSpan } from '../../../../src/shared/highlights/buildSegments'
import { createOffsetMap } from '../../../../src/shared/offsets/pmPositions'
import { buildDocJson } from '../../../../src/renderer/features/reader/buildDocJson'
import type { HighlightMeta } from '../../../../src/renderer/features/reader/highlightPlugin'
import {
  highlightKey,
  highlightPlugin,
} from '../../../../src/renderer/features/reader/highlightPlugin'

const schema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
    paragraph: { content: 'text*', toDOM: () => ['p', 0] },
    text: {},
  },
})

const TEXT = 'Headline of the story\n\nThe minister said the plan works. Critics disagree strongly.'

function setup() {
  const map = createOffsetMap(TEXT)
  const doc = schema.nodeFromJSON(buildDocJson(TEXT, map.paragraphs))
  const state = EditorState.create({ doc, plugins: [highlightPlugin(map)] })
  const send = (s: EditorState, meta: HighlightMeta) => s.apply(s.tr.setMeta(highlightKey, meta))
  return { map, state, send }
}

type Drawn = { from: number; to: number; ids: readonly string[]; class: string }

function drawn(state: EditorState): Drawn[] {
  const set = highlightKey.getState(state)?.decorations
  const found: Decoration[] = set?.find() ?? []
  return found
    .filter((d) => 'ids' in d.spec)
    .map((d) => {
      const attrs = (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs
      return {
        from: d.from,
        to: d.to,
        ids: (d.spec as { ids: string[] }).ids,
        class: attrs.class ?? '',
      }
    })
    .sort((a, b) => a.from - b.from)
}

const span = (id: string, quote: string, occurrence = 0): HighlightSpan => {
  let start = -1
  for (let i = 0; i <= occurrence; i += 1) start = TEXT.indexOf(quote, start + 1)
  return { id, start, end: start + quote.length }
}

describe('highlightPlugin', () => {
  it('draws one decoration per segment and lists both ids where two spans overlap', () => {
    const { map, state, send } = setup()
    const a = span('a', 'The minister said the plan')
    const b = span('b', 'the plan works. Critics')
    const next = send(state, { annotations: [a, b] })
    const result = drawn(next)
    expect(result.map((d) => d.ids)).toEqual([['a'], ['a', 'b'], ['b']])
    const overlap = (cls: string) => cls.split(' ').filter((c) => c === 'hl' || c === 'hl-2')
    expect(result.map((d) => overlap(d.class))).toEqual([['hl'], ['hl', 'hl-2'], ['hl']])
    // Each span keeps its own underline depth and brackets at its own ends.
    expect(result.map((d) => d.class.split(' ').filter((c) => /^u\d$/.test(c)))).toEqual([
      ['u0'],
      ['u0', 'u1'],
      ['u1'],
    ])
    expect(result[0]?.class).toContain('hl-open')
    expect(result[1]?.class).toContain('hl-close')
    expect(result[2]?.class).toContain('hl-close')
    expect(result[0]?.from).toBe(map.toPos(a.start))
    expect(result[1]?.from).toBe(map.toPos(b.start))
    expect(result[2]?.to).toBe(map.toPos(b.end))
    // The text of the middle segment is exactly the overlap.
    expect(next.doc.textBetween(result[1]?.from ?? 0, result[1]?.to ?? 0)).toBe('the plan')
  })

  it('cuts a span that crosses a paragraph break into one decoration per paragraph', () => {
    const { state, send } = setup()
    const start = TEXT.indexOf('story')
    const cross = { id: 'x', start, end: TEXT.indexOf('minister') }
    const result = drawn(send(state, { annotations: [cross] }))
    expect(result.map((d) => state.doc.textBetween(d.from, d.to))).toEqual(['story', 'The '])
    expect(result[0]?.class).toContain('hl-open')
    expect(result[0]?.class).not.toContain('hl-close')
    expect(result[1]?.class).toContain('hl-close')
  })

  it('keeps its state object on transactions without highlight meta', () => {
    const { state, send } = setup()
    const withSpans = send(state, { annotations: [span('a', 'minister')] })
    const before = highlightKey.getState(withSpans)
    const moved = withSpans.apply(
      withSpans.tr.setSelection(TextSelection.create(withSpans.doc, 5, 9)),
    )
    expect(highlightKey.getState(moved)).toBe(before)
  })

  it('redraws only what changed and ends up as a full rebuild would', () => {
    const { state, send } = setup()
    const a = span('a', 'Headline of')
    const b = span('b', 'minister said')
    const c = span('c', 'said the plan')
    const first = send(state, { annotations: [a, b] })
    const incremental = send(first, { annotations: [a, b, c] })
    const rebuilt = send(state, { annotations: [a, b, c] })
    expect(drawn(incremental)).toEqual(drawn(rebuilt))
    const removed = send(incremental, { annotations: [a, c] })
    expect(drawn(removed)).toEqual(drawn(send(state, { annotations: [a, c] })))
  })

  it('adds the active class over the active span without touching the segments', () => {
    const { state, send } = setup()
    const withSpans = send(state, { annotations: [span('a', 'minister')] })
    const active = send(withSpans, { activeId: 'a' })
    const classes = (highlightKey.getState(active)?.decorations.find() ?? []).map(
      (d) => (d as unknown as { type: { attrs: { class?: string } } }).type.attrs.class,
    )
    expect(classes).toContain('hl-active')
    expect(drawn(active)).toEqual(drawn(withSpans))
    const cleared = send(active, { activeId: null })
    expect(highlightKey.getState(cleared)?.decorations.find()).toHaveLength(1)
  })
})
