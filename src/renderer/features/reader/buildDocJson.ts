import type { JSONContent } from '@tiptap/core'
import type { ParagraphRange } from '../../../shared/text/paragraphs'

/**
 * The editor document for canonical text: one paragraph node per canonical paragraph, in order,
 * built from the same paragraph ranges as the offset map so offsets and positions agree. An empty
 * paragraph becomes a paragraph without content (ProseMirror forbids empty text nodes).
 */
export function buildDocJson(text: string, paragraphs: readonly ParagraphRange[]): JSONContent {
  return {
    type: 'doc',
    content: paragraphs.map((p) =>
      p.end > p.start
        ? { type: 'paragraph', content: [{ type: 'text', text: text.slice(p.start, p.end) }] }
        : { type: 'paragraph' },
    ),
  }
}
