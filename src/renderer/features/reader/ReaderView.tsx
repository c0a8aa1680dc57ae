import { useLiveQuery } from 'dexie-react-hooks'
import { useDocumentText } from '../documents/useDocumentText'
import { db } from '../../db/NewscoderDb'
import { ReaderHeader } from './ReaderHeader'
import { ReaderText } from './ReaderText'
import { useDeleteActiveKey } from './useDeleteActiveKey'
import './reader.css'

/**
 * The article reader: metadata header and the text with its highlights. Selecting text puts the
 * range in the session (for the tagging panel); clicking a highlight activates it; Delete removes
 * the active span.
 */
export function ReaderView({ documentId }: { documentId: string }) {
  const doc = useLiveQuery(async () => (await db.documents.get(documentId)) ?? null, [documentId])
  const text = useDocumentText(documentId)
  useDeleteActiveKey(documentId)

  if (doc === undefined || text === undefined) {
    return <div className="nc-reader nc-reader--loading" aria-busy="true" />
  }
  if (doc === null || text === null || doc.deletedAt !== null) {
    return (
      <div className="nc-reader">
        <p className="nc-reader__missing">This document is not available.</p>
      </div>
    )
  }
  return (
    <div className="nc-reader">
      <ReaderHeader doc={doc} />
      <ReaderText
        key={documentId}
        documentId={documentId}
        projectId={doc.projectId}
        title={doc.title}
        text={text}
      />
    </div>
  )
}
