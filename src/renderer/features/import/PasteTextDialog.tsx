import { useState, type FormEvent } from 'react'
import { addPastedText } from '../../actions/documentActions'
import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'
import { Modal } from '../shell/Modal'
import { useCloseOverlay } from '../shell/useCloseOverlay'

/** Adds an article from pasted text; the title may stay empty (the first line becomes it). */
export function PasteTextDialog() {
  const projectId = useSession((s) => s.projectId)
  const openDocument = useSession((s) => s.openDocument)
  const notify = useSession((s) => s.notify)
  const close = useCloseOverlay()
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (projectId === null || busy) return
    setBusy(true)
    try {
      const doc = await addPastedText(projectId, title, text)
      if (doc === null) {
        // Whitespace only: keep the dialog open so the user can paste again.
        setProblem('There is no text to add yet. Paste the article into “Text”.')
        return
      }
      openDocument(doc.id)
      notify('info', `Added “${doc.title}”.`)
      close()
    } catch (error) {
      setProblem(errorMessage(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal title="Paste text" onClose={close} className="modal-wide">
      <form onSubmit={submit} className="form-grid">
        <label>
          Title
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="Optional: taken from the first line"
          />
        </label>
        <label>
          Text
          <textarea
            value={text}
            onChange={(e) => {
              setText(e.target.value)
              setProblem(null)
            }}
            rows={14}
            autoFocus
          />
        </label>
        {problem && (
          <p role="alert" className="form-error">
            {problem}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Add article
          </button>
        </div>
      </form>
    </Modal>
  )
}
