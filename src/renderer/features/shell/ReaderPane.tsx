import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { db } from '../../db/NewscoderDb'
import { useProjectCodebook } from '../annotations/useProjectCodebook'
import { useSpeakersById } from '../annotations/useProjectSpeakers'
import { useColourByCoder } from '../coders/useColourByCoder'
import { useVisibleAnnotations } from '../coders/useVisibleAnnotations'
import { useDocumentText } from '../documents/useDocumentText'
import { ReaderView } from '../reader/ReaderView'

/**
 * Gathers what the reader draws — the open document, its text, the spans the coder layer shows,
 * the codebook's span dimensions and the speakers — so that the reader itself never queries.
 */
export function ReaderPane({ projectId, documentId }: { projectId: string; documentId: string }) {
  const doc = useLiveQuery(async () => (await db.documents.get(documentId)) ?? null, [documentId])
  const text = useDocumentText(documentId)
  const annotations = useVisibleAnnotations(projectId, documentId)
  const byCoder = useColourByCoder(projectId, documentId)
  const codebook = useProjectCodebook(projectId)
  const speakersById = useSpeakersById(projectId)
  const dimensions = useMemo(
    () => (codebook?.dimensions ?? []).filter((d) => d.scope === 'span'),
    [codebook],
  )
  return (
    <ReaderView
      documentId={documentId}
      doc={doc}
      text={text}
      annotations={annotations}
      byCoder={byCoder}
      dimensions={dimensions}
      speakersById={speakersById}
    />
  )
}
