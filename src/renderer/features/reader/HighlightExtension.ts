import { Extension } from '@tiptap/core'
import type { OffsetMap } from '../../../shared/offsets/pmPositions'
import { highlightPlugin } from './highlightPlugin'

/** Options of the highlight extension: the offset map of the document being shown. */
export type HighlightOptions = { offsetMap: OffsetMap | null }

/** Tiptap wrapper of `highlightPlugin`; one small extension for the one concern of highlights. */
export const HighlightExtension = Extension.create<HighlightOptions>({
  name: 'newscoderHighlights',
  addOptions: () => ({ offsetMap: null }),
  addProseMirrorPlugins() {
    const map = this.options.offsetMap
    return map ? [highlightPlugin(map)] : []
  },
})
