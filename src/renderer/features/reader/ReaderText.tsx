import Document from '@tiptap/extension-document'
import Paragraph from '@tiptap/extension-paragraph'
import Text from '@tiptap/extension-text'
import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { Annotation } from '../../../shared/domain/annotation'
import { createOffsetMap } from '../../../shared/offsets/pmPositions'
import { useColourByCoder } from '../coders/useColourByCoder'
import { useVisibleAnnotations } from '../coders/useVisibleAnnotations'
import { useProjectCodebook } from '../annotations/useProjectCodebook'
import { useSpeakersById } from '../annotations/useProjectSpeakers'
import { buildDocJson } from './buildDocJson'
import { HighlightExtension } from './HighlightExtension'
import { HighlightTooltip } from './HighlightTooltip'
import { useHighlightSync } from './useHighlightSync'
import { useHoveredHighlight } from './useHoveredHighlight'
import { useReaderSelection } from './useReaderSelection'

type Props = { documentId: string; projectId: string; title: string; text: string }
type Initial = { spans: readonly Annotation[]; byCoder: boolean }
type EditorProps = Props & { initial: Initial }

/**
 * The article text with its highlights. Mount it with `key={documentId}`: the editor, its
 * document and the offset map are built once per opened document. It waits for the document's
 * spans before creating the editor, so the first render already has the highlights: drawing them
 * into an already rendered 100,000-word text would cost a second pass over every paragraph.
 */
export function ReaderText(props: Props) {
  const annotations = useVisibleAnnotations(props.projectId, props.documentId)
  const byCoder = useColourByCoder(props.projectId, props.documentId)
  const [initial, setInitial] = useState<Initial | null>(null)
  if (annotations && initial === null) setInitial({ spans: annotations, byCoder })
  if (initial === null) return <div className="nc-reader__body" aria-busy="true" />
  return <ReaderEditor {...props} initial={initial} />
}

/**
 * The text in a read-only Tiptap editor with highlights as decorations; later changes (new tags,
 * the active span, a flash) only send transaction metadata to the highlight plugin.
 */
function ReaderEditor({ documentId, projectId, title, text, initial }: EditorProps) {
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

  const annotations = useVisibleAnnotations(projectId, documentId)
  const byCoder = useColourByCoder(projectId, documentId)
  useHighlightSync(editor, annotations, map, byCoder)
  useReaderSelection(editor, map, text)
  const hovered = useHoveredHighlight(editor)

  const codebook = useProjectCodebook(projectId)
  const speakersById = useSpeakersById(projectId)
  const annotationsById = useMemo(
    () => new Map((annotations ?? []).map((a) => [a.id, a])),
    [annotations],
  )
  const dimensions = useMemo(
    () => (codebook?.dimensions ?? []).filter((d) => d.scope === 'span'),
    [codebook],
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
