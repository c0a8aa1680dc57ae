import { useState, type FormEvent } from 'react'
import type { NewsDocument } from '../../../shared/domain/document'
import { updateManyDocumentsMetadata, type BulkMetadata } from '../../actions/documentActions'
import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'
import { Modal } from '../shell/Modal'

type Field = keyof BulkMetadata
const FIELDS: { field: Field; label: string; placeholder?: string }[] = [
  { field: 'outlet', label: 'Outlet' },
  { field: 'date', label: 'Date', placeholder: 'YYYY-MM-DD' },
  { field: 'author', label: 'Author' },
]

// The value all documents share, or null when they differ.
function shared(documents: readonly NewsDocument[], field: Field): string | null {
  const first = documents[0]?.[field] ?? ''
  return documents.every((d) => d[field] === first) ? first : null
}

/**
 * Sets outlet, date and author of the selected documents in one transaction (one undo step).
 * Fields the user does not touch stay as they are in every document; a field whose values differ
 * starts empty and says so.
 */
export function EditMetadataDialog({
  documents,
  onClose,
}: {
  documents: readonly NewsDocument[]
  onClose: () => void
}) {
  const notify = useSession((s) => s.notify)
  const [values, setValues] = useState<Record<Field, string>>(() => ({
    outlet: shared(documents, 'outlet') ?? '',
    date: shared(documents, 'date') ?? '',
    author: shared(documents, 'author') ?? '',
  }))
  const [touched, setTouched] = useState<Set<Field>>(new Set())
  const [problem, setProblem] = useState<string | null>(null)
  const n = documents.length
  const noun = n === 1 ? 'document' : 'documents'

  async function submit(event: FormEvent) {
    event.preventDefault()
    const patch: BulkMetadata = {}
    for (const field of touched) patch[field] = values[field]
    try {
      const changed = await updateManyDocumentsMetadata(
        documents.map((d) => d.id),
        patch,
      )
      if (changed > 0)
        notify('info', `Updated ${changed} ${changed === 1 ? 'document' : 'documents'}.`)
      onClose()
    } catch (error) {
      setProblem(errorMessage(error))
    }
  }

  return (
    <Modal title="Edit metadata" onClose={onClose}>
      <form onSubmit={submit} className="form-grid">
        <p>{`${n.toLocaleString('en')} ${noun} selected. Fields you leave alone keep their values.`}</p>
        {FIELDS.map(({ field, label, placeholder }) => (
          <label key={field}>
            {label}
            <input
              value={values[field]}
              placeholder={
                shared(documents, field) === null ? 'Various: leave alone to keep' : placeholder
              }
              onChange={(e) => {
                setValues((v) => ({ ...v, [field]: e.target.value }))
                setTouched((t) => new Set(t).add(field))
                setProblem(null)
              }}
            />
          </label>
        ))}
        {problem && (
          <p role="alert" className="form-error">
            {problem}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            {`Apply to ${n.toLocaleString('en')} ${noun}`}
          </button>
        </div>
      </form>
    </Modal>
  )
}
