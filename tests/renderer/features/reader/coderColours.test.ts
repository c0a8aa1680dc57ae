import { Schema } from '@tiptap/pm/model'
import { EditorState } from '@tiptap/pm/state'
import type { Decoration } from '@tiptap/pm/view'
import { describe, expect, it } from 'vitest'
import { CODER_COLOURS, coderColour } from '../../../../src/renderer/features/coders/coderColour'
import { buildDocJson } from '../../../../src/renderer/features/reader/buildDocJson'
import type { CoderSpan } from '../../../../src/renderer/features/reader/highlightDecorations'
import type { HighlightMeta } from '../../../../src/renderer/features/reader/highlightPlugin'
import {
  highlightKey,
  highlightPlugin,
} from '../../../../src/renderer/features/reader/highlightPlugin'
import { createOffsetMap } from '../../../../src/shared/offsets/pmPositions'

const schema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
    paragraph: { content: 'text*', toDOM: () => ['p', 0] },
    text: {},
  },
})

const TEXT = 'The minister said the plan works. Critics disagree strongly.'

const span = (id: string, quote: string, coder: string): CoderSpan => {
  const start = TEXT.indexOf(quote)
  return { id, start, end: start + quote.length, coder }
}

function classes(state: EditorState): string[] {
  const found: Decoration[] = highlightKey.getState(state)?.decorations.find() ?? []
  return found
    .filter((d) => 'ids' in d.spec)
    .sort((a, b) => a.from - b.from)
    .map((d) => (d as unknown as { type: { attrs: { class: string } } }).type.attrs.class)
}

const colourClasses = (cls: string) => cls.split(' ').filter((c) => /^c(\d|-mixed)/.test(c))

describe('coderColour', () => {
  it('gives a coder the same colour slot every time, within the palette', () => {
    for (const name of ['Ana', 'Ben', 'coder-7', 'Zoë']) {
      expect(coderColour(name)).toBe(coderColour(name))
      expect(coderColour(name)).toBeGreaterThanOrEqual(0)
      expect(coderColour(name)).toBeLessThan(CODER_COLOURS)
    }
  })

  it('spreads different names over several colours', () => {
    const slots = new Set(['Ana', 'Ben', 'Cleo', 'Dan', 'Eva', 'Finn'].map(coderColour))
    expect(slots.size).toBeGreaterThan(2)
  })
})

describe('highlight plugin coder colours', () => {
  const ana = span('a', 'The minister said', 'Ana')
  const ben = span('b', 'Critics disagree', 'Ben')
  const benOverlap = span('c', 'said the plan', 'Ben')

  it('adds no coder class while colouring by coder is off', () => {
    const map = createOffsetMap(TEXT)
    const doc = schema.nodeFromJSON(buildDocJson(TEXT, map.paragraphs))
    const state = EditorState.create({ doc, plugins: [highlightPlugin(map, [ana, ben])] })
    expect(classes(state).flatMap(colourClasses)).toEqual([])
  })

  it("draws each segment in its coder's colour and mixed where coders overlap", () => {
    const map = createOffsetMap(TEXT)
    const doc = schema.nodeFromJSON(buildDocJson(TEXT, map.paragraphs))
    const state = EditorState.create({
      doc,
      plugins: [highlightPlugin(map, [ana, ben, benOverlap], true)],
    })
    // Segments: "The minister " (Ana), "said" (Ana + Ben), " the plan" (Ben), "Critics disagree".
    expect(classes(state).map(colourClasses)).toEqual([
      [`c${coderColour('Ana')}`],
      ['c-mixed'],
      [`c${coderColour('Ben')}`],
      [`c${coderColour('Ben')}`],
    ])
  })

  it('turns colours on and off through transaction metadata, keeping the spans', () => {
    const map = createOffsetMap(TEXT)
    const doc = schema.nodeFromJSON(buildDocJson(TEXT, map.paragraphs))
    const send = (s: EditorState, meta: HighlightMeta) => s.apply(s.tr.setMeta(highlightKey, meta))
    let state = EditorState.create({ doc, plugins: [highlightPlugin(map, [ana])] })
    state = send(state, { annotations: [ana, ben], byCoder: true })
    expect(classes(state).map(colourClasses)).toEqual([
      [`c${coderColour('Ana')}`],
      [`c${coderColour('Ben')}`],
    ])
    state = send(state, { byCoder: false })
    expect(classes(state)).toHaveLength(2)
    expect(classes(state).flatMap(colourClasses)).toEqual([])
  })
})
