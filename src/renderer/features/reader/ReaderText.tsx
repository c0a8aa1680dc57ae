import Document from '@tiptap/extension-document'
import Paragraph from '@tiptap/extension-paragraph'
import Text from '@tiptap/extension-text'
import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { createOffsetMap } from '../../../shared/offsets/pmPositions'
import { useDocumentAnnotations } from '../annotations/useDocumentAnnotations'
import { useProjectCodebook } from '../annotations/useProjectCodebook'
import { useSpeakersById } from '../annotations/useProjectSpeakers'
import { buildDocJson } from './buildDocJson'
import { HighlightExtension } from './HighlightExtension'
import { HighlightTooltip } from './HighlightTooltip'
import { useHighlightSync } from './useHighlightSync'
import { useHoveredHighlight } from './useHoveredHighlight'
import { useReaderSelection } from './useReaderSelection'

type Props = { documentId: string; projectId: string; title: string; text: string }

/**
 * The article text in a read-only Tiptap editor with highlights as decorations. Mount it with
 * `key={documentId}`: the editor, its document and the offset map are built once per opened
 * document, and later changes (new tags, the active span) only send transaction metadata.
 */
export function ReaderText({ documentId, projectId, title, text }: Props) {
  // Built once: the text of a document never changes after import.
  const [map] = useState(() => createOffsetMap(text))
  const titleRef = useRef(title)
  useEffect(() => {
    titleRef.current = title
  }, [title])

  const editor = useEditor(
    {
      extensions: [Document, Paragraph, Text, HighlightExtension.configure({ offsetMap: map })],
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

  const annotations = useDocumentAnnotations(documentId)
  useHighlightSync(editor, annotations, map)
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
