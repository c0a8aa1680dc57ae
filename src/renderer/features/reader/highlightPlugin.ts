import type { EditorState, Transaction } from '@tiptap/pm/state'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { OffsetMap } from '../../../shared/offsets/pmPositions'
import type { TextRange } from '../../state/sessionStore'
import { changedRegions } from './changedRegions'
import type { CoderSpan } from './highlightDecorations'
import { highlightDecorations } from './highlightDecorations'

/**
 * What a transaction may tell the plugin through `tr.setMeta(highlightKey, meta)`; absent fields
 * keep their value. `annotations` is the full current list of the document's spans.
 */
export type HighlightMeta = {
  annotations?: readonly CoderSpan[]
  /** Colour highlights by their spans' coders (the reader shows more than the user's own). */
  byCoder?: boolean
  /** The span the tagging panel edits. */
  activeId?: string | null
  /** A span to flash after "go to"; cleared by sending null. */
  flashId?: string | null
  /** The selection waiting to be tagged, kept visible while focus is in the tagging panel. */
  pending?: TextRange | null
}

/** The plugin's state: the decorations plus what they were built from. */
export type HighlightState = {
  spans: ReadonlyMap<string, CoderSpan>
  byCoder: boolean
  decorations: DecorationSet
  /** The active/flash/pending decorations currently in `decorations`, to remove them cheaply. */
  extras: readonly Decoration[]
  activeId: string | null
  flashId: string | null
  pending: TextRange | null
}

/** Key of the highlight plugin: send `HighlightMeta` with it, read `HighlightState` from it. */
export const highlightKey = new PluginKey<HighlightState>('newscoderHighlights')

/** Past this many changed regions a full rebuild is cheaper than many small removes and adds. */
const MAX_INCREMENTAL_REGIONS = 50

function extraDecorations(s: Omit<HighlightState, 'decorations' | 'extras'>, map: OffsetMap) {
  const out: Decoration[] = []
  const mark = (range: TextRange | undefined, cls: string) => {
    if (range && range.end > range.start) {
      out.push(Decoration.inline(map.toPos(range.start), map.toPos(range.end), { class: cls }))
    }
  }
  mark(s.pending ?? undefined, 'hl-pending')
  if (s.activeId) mark(s.spans.get(s.activeId), 'hl-active')
  if (s.flashId) mark(s.spans.get(s.flashId), 'hl-flash')
  return out
}

// Only ids, offsets and coders matter here; copying drops the rest of an annotation (codes, quote).
function toSpanMap(spans: readonly CoderSpan[]): Map<string, CoderSpan> {
  return new Map(spans.map((a) => [a.id, { id: a.id, start: a.start, end: a.end, coder: a.coder }]))
}

function redraw(
  prev: HighlightState,
  spans: ReadonlyMap<string, CoderSpan>,
  byCoder: boolean,
  state: EditorState,
  map: OffsetMap,
): DecorationSet {
  // Turning coder colours on or off changes every segment's classes: one full rebuild.
  if (byCoder !== prev.byCoder) {
    return DecorationSet.create(state.doc, highlightDecorations([...spans.values()], map, byCoder))
  }
  const regions = changedRegions(prev.spans, spans)
  if (regions.length === 0) return prev.decorations
  if (regions.length > MAX_INCREMENTAL_REGIONS || prev.spans.size === 0) {
    return DecorationSet.create(state.doc, highlightDecorations([...spans.values()], map, byCoder))
  }
  let set = prev.decorations
  for (const region of regions) {
    const from = map.toPos(region.start)
    const to = map.toPos(region.end)
    // Only segment decorations (they carry ids) that lie inside the region are stale.
    const stale = set
      .find(from, to, (spec) => 'ids' in spec)
      .filter((d) => d.from >= from && d.to <= to)
    const inside = [...spans.values()].filter((s) => s.start >= region.start && s.end <= region.end)
    set = set.remove(stale).add(state.doc, highlightDecorations(inside, map, byCoder))
  }
  return set
}

function apply(
  tr: Transaction,
  prev: HighlightState,
  state: EditorState,
  map: OffsetMap,
): HighlightState {
  const meta = tr.getMeta(highlightKey) as HighlightMeta | undefined
  // The text never changes, so most transactions (selection, focus) return the same state object.
  if (!meta) {
    if (!tr.docChanged) return prev
    return { ...prev, decorations: prev.decorations.map(tr.mapping, tr.doc) }
  }
  const spans = meta.annotations ? toSpanMap(meta.annotations) : prev.spans
  const next = {
    spans,
    byCoder: meta.byCoder ?? prev.byCoder,
    activeId: meta.activeId !== undefined ? meta.activeId : prev.activeId,
    flashId: meta.flashId !== undefined ? meta.flashId : prev.flashId,
    pending: meta.pending !== undefined ? meta.pending : prev.pending,
  }
  const base = redraw(prev, spans, next.byCoder, state, map).remove([...prev.extras])
  const extras = extraDecorations(next, map)
  // `add` and `remove` null out the entries of the arrays they are given: pass copies.
  return { ...next, extras, decorations: base.add(state.doc, [...extras]) }
}

/**
 * The reader's highlights as a ProseMirror plugin whose state holds a DecorationSet. It changes
 * only when a transaction carries `HighlightMeta`, and then only in the overlap components that
 * changed, so a new tag paints in a few milliseconds even with 10,000 spans in the document.
 * Nothing is stored in the document: highlights are decorations, the text stays pristine.
 */
export function highlightPlugin(
  map: OffsetMap,
  initial: readonly CoderSpan[] = [],
  byCoder = false,
): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: highlightKey,
    state: {
      // Spans known when the editor is created are drawn in its first render: no second pass
      // over every paragraph when they arrive a moment later.
      init: (_config, state) => ({
        spans: toSpanMap(initial),
        byCoder,
        decorations:
          initial.length > 0
            ? DecorationSet.create(state.doc, highlightDecorations(initial, map, byCoder))
            : DecorationSet.empty,
        extras: [],
        activeId: null,
        flashId: null,
        pending: null,
      }),
      apply: (tr, prev, _old, state) => apply(tr, prev, state, map),
    },
    props: {
      decorations: (state) => highlightKey.getState(state)?.decorations,
    },
  })
}
