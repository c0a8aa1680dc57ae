import { useState, type FormEvent } from 'react'
import type { DocumentMetadata, NewsDocument } from '../../../shared/domain/document'
import { updateDocumentMetadata } from '../../actions/documentActions'
import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'
import { Modal } from '../shell/Modal'
import { useCloseOverlay } from '../shell/useCloseOverlay'
import { MetadataField } from './MetadataField'
import { useDocument } from './useDocument'

/** Edits the open document's metadata; the text itself can never be edited. */
export function DocumentDetailsDialog() {
  const documentId = useSession((s) => s.documentId)
  const document = useDocument(documentId)
  const close = useCloseOverlay()
  if (!document) return null
  return (
    <Modal title="Document details" onClose={close}>
      <DocumentDetailsForm key={document.id} document={document} onDone={close} />
    </Modal>
  )
}

function DocumentDetailsForm({ document, onDone }: { document: NewsDocument; onDone: () => void }) {
  const [fields, setFields] = useState<DocumentMetadata>({
    title: document.title,
    outlet: document.outlet,
    author: document.author,
    date: document.date,
    url: document.url,
  })
  const [problem, setProblem] = useState<string | null>(null)
  const change = (name: keyof DocumentMetadata, value: string) => {
    setFields((f) => ({ ...f, [name]: value }))
    setProblem(null)
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    try {
      await updateDocumentMetadata(document.id, fields)
      onDone()
    } catch (error) {
      // The action validates (title, date, URL) and says what is wrong in the user's terms.
      setProblem(errorMessage(error))
    }
  }

  return (
    <form onSubmit={submit} className="form-grid">
      <MetadataField name="title" label="Title" value={fields.title} onChange={change} />
      <MetadataField name="outlet" label="Outlet" value={fields.outlet} onChange={change} />
      <MetadataField name="author" label="Author" value={fields.author} onChange={change} />
      <MetadataField
        name="date"
        label="Date"
        value={fields.date}
        onChange={change}
        placeholder="YYYY-MM-DD"
      />
      <MetadataField
        name="url"
        label="URL"
        value={fields.url}
        onChange={change}
        type="url"
        placeholder="https://"
      />
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      <p className="hint">
        Imported {new Date(document.provenance.importedAt).toLocaleString()}
        {document.provenance.fileName ? ` from ${document.provenance.fileName}` : ''}. The text
        itself cannot be edited, so annotations always point at what was imported.
      </p>
      <div className="modal-actions">
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Save details
        </button>
      </div>
    </form>
  )
}
