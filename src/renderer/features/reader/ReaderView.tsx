import type { NewsDocument } from '../../../shared/domain/document'
import { ReaderHeader } from './ReaderHeader'
import type { ReaderTextProps } from './ReaderText'
import { ReaderText } from './ReaderText'
import { useDeleteActiveKey } from './useDeleteActiveKey'
import './reader.css'

/** What the reader is given: the document (undefined while loading, null when missing) and more. */
export type ReaderViewProps = Omit<ReaderTextProps, 'title' | 'text'> & {
  documentId: string
  doc: NewsDocument | null | undefined
  /** The canonical text: undefined while loading, null when there is none. */
  text: string | null | undefined
}

/**
 * The article reader: metadata header and the text with its highlights. It draws what it is
 * given and never queries the database (`features/shell/ReaderPane` gathers the data). Selecting
 * text puts the range in the session (for the tagging panel); clicking a highlight activates it;
 * Delete removes the active span.
 */
export function ReaderView({ documentId, doc, text, ...spans }: ReaderViewProps) {
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
      <ReaderText key={documentId} title={doc.title} text={text} {...spans} />
    </div>
  )
}
