import { Extension } from '@tiptap/core'
import type { HighlightSpan } from '../../../shared/highlights/buildSegments'
import type { OffsetMap } from '../../../shared/offsets/pmPositions'
import { highlightPlugin } from './highlightPlugin'

/** Options of the highlight extension: the offset map of the document being shown. */
export type HighlightOptions = {
  offsetMap: OffsetMap | null
  /** The spans stored when the document opens, drawn in the editor's first render. */
  initialSpans: readonly HighlightSpan[]
}

/** Tiptap wrapper of `highlightPlugin`; one small extension for the one concern of highlights. */
export const HighlightExtension = Extension.create<HighlightOptions>({
  name: 'newscoderHighlights',
  addOptions: () => ({ offsetMap: null, initialSpans: [] }),
  addProseMirrorPlugins() {
    const map = this.options.offsetMap
    return map ? [highlightPlugin(map, this.options.initialSpans)] : []
  },
})
