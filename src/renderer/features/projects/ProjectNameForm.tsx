import { useState, type FormEvent } from 'react'
import { errorMessage } from '../shell/errorMessage'

type ProjectNameFormProps = {
  initialName: string
  submitLabel: string
  onSubmit: (name: string) => Promise<void>
  onCancel: () => void
}

/** The name field shared by the new-project and rename dialogs, with the action's message on failure. */
export function ProjectNameForm({
  initialName,
  submitLabel,
  onSubmit,
  onCancel,
}: ProjectNameFormProps) {
  const [name, setName] = useState(initialName)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    try {
      await onSubmit(name)
    } catch (error) {
      setProblem(errorMessage(error))
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} className="form-grid">
      <label>
        Project name
        <input
          value={name}
          onChange={(e) => {
            setName(e.target.value)
            setProblem(null)
          }}
          maxLength={200}
          autoFocus
          aria-invalid={problem !== null}
        />
      </label>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  )
}
