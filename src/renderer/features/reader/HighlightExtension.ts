import { Extension } from '@tiptap/core'
import type { OffsetMap } from '../../../shared/offsets/pmPositions'
import type { CoderSpan } from './highlightDecorations'
import { highlightPlugin } from './highlightPlugin'

/** Options of the highlight extension: the offset map of the document being shown. */
export type HighlightOptions = {
  offsetMap: OffsetMap | null
  /** The spans stored when the document opens, drawn in the editor's first render. */
  initialSpans: readonly CoderSpan[]
  /** Whether those spans are first drawn in their coders' colours. */
  initialByCoder: boolean
}

/** Tiptap wrapper of `highlightPlugin`; one small extension for the one concern of highlights. */
export const HighlightExtension = Extension.create<HighlightOptions>({
  name: 'newscoderHighlights',
  addOptions: () => ({ offsetMap: null, initialSpans: [], initialByCoder: false }),
  addProseMirrorPlugins() {
    const map = this.options.offsetMap
    return map ? [highlightPlugin(map, this.options.initialSpans, this.options.initialByCoder)] : []
  },
})
