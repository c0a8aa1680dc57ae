import Document from '@tiptap/extension-document'
import Paragraph from '@tiptap/extension-paragraph'
import Text from '@tiptap/extension-text'
import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { Annotation } from '../../../shared/domain/annotation'
import type { Dimension } from '../../../shared/domain/codebook'
import type { Speaker } from '../../../shared/domain/speaker'
import { createOffsetMap } from '../../../shared/offsets/pmPositions'
import { buildDocJson } from './buildDocJson'
import { HighlightExtension } from './HighlightExtension'
import { HighlightTooltip } from './HighlightTooltip'
import { useHighlightSync } from './useHighlightSync'
import { useHoveredHighlight } from './useHoveredHighlight'
import { useReaderSelection } from './useReaderSelection'

/** What the reader draws: the text, its visible spans and what their tooltips name. */
export type ReaderTextProps = {
  title: string
  text: string
  /** The spans the chosen coder layer shows; undefined while they load. */
  annotations: readonly Annotation[] | undefined
  /** Colour highlights by coder (another coder's layer, or all of them, is shown). */
  byCoder: boolean
  /** The codebook's span-level dimensions, for the tooltip's codes. */
  dimensions: readonly Dimension[]
  speakersById: ReadonlyMap<string, Speaker>
}
type Initial = { spans: readonly Annotation[]; byCoder: boolean }
type EditorProps = ReaderTextProps & { initial: Initial }

/**
 * The article text with its highlights. Mount it with `key={documentId}`: the editor, its
 * document and the offset map are built once per opened document. It waits for the document's
 * spans before creating the editor, so the first render already has the highlights: drawing them
 * into an already rendered 100,000-word text would cost a second pass over every paragraph.
 */
export function ReaderText(props: ReaderTextProps) {
  const { annotations, byCoder } = props
  const [initial, setInitial] = useState<Initial | null>(null)
  if (annotations && initial === null) setInitial({ spans: annotations, byCoder })
  if (initial === null) return <div className="nc-reader__body" aria-busy="true" />
  return <ReaderEditor {...props} initial={initial} />
}

/**
 * The text in a read-only Tiptap editor with highlights as decorations; later changes (new tags,
 * the active span, a flash) only send transaction metadata to the highlight plugin.
 */
function ReaderEditor(props: EditorProps) {
  const { title, text, initial, annotations, byCoder, dimensions, speakersById } = props
  // Built once: the text of a document never changes after import.
  const [map] = useState(() => createOffsetMap(text))
  const titleRef = useRef(title)
  useEffect(() => {
    titleRef.current = title
  }, [title])

  const editor = useEditor(
    {
      extensions: [
        Document,
        Paragraph,
        Text,
        HighlightExtension.configure({
          offsetMap: map,
          initialSpans: initial.spans,
          initialByCoder: initial.byCoder,
        }),
      ],
      content: buildDocJson(text, map.paragraphs),
      editable: false,
      enableInputRules: false,
      enablePasteRules: false,
      // A read-only editor gets no tabindex by default; the reader must be reachable by Tab.
      coreExtensionOptions: { tabindex: { value: '0' } },
      editorProps: {
        attributes: () => ({
          role: 'article',
          'aria-label': titleRef.current || 'Article text',
          'aria-readonly': 'true',
          class: 'nc-reader__text',
        }),
      },
    },
    [],
  )

  useHighlightSync(editor, annotations, map, byCoder)
  useReaderSelection(editor, map, text)
  const hovered = useHoveredHighlight(editor)

  const annotationsById = useMemo(
    () => new Map((annotations ?? []).map((a) => [a.id, a])),
    [annotations],
  )

  return (
    <>
      <EditorContent editor={editor} className="nc-reader__body" />
      {hovered && (
        <HighlightTooltip
          hovered={hovered}
          annotationsById={annotationsById}
          dimensions={dimensions}
          speakersById={speakersById}
        />
      )}
    </>
  )
}
