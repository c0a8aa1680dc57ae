import { useId, useState, type FormEvent } from 'react'
import { changeCoder } from '../../actions/settingsActions'
import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'

/** Edits the coder identity stored with every new annotation. */
export function CoderNameForm() {
  const coder = useSession((s) => s.coder)
  const [name, setName] = useState(coder)
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const hintId = useId()

  async function submit(event: FormEvent) {
    event.preventDefault()
    try {
      await changeCoder(name)
      setMessage({ kind: 'ok', text: 'Saved.' })
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error) })
    }
  }

  return (
    <form onSubmit={submit} className="inline-form">
      <label>
        Coder name
        <input
          value={name}
          onChange={(e) => {
            setName(e.target.value)
            setMessage(null)
          }}
          maxLength={100}
          aria-describedby={hintId}
        />
      </label>
      <button type="submit">Save coder name</button>
      <p id={hintId} className="hint">
        Recorded with every annotation you make, so that codings by different people can be told
        apart and compared for inter-coder reliability. Only the coder a span was made under can
        change it: spans made under an earlier name stay read-only until you switch back to it.
      </p>
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'form-error' : 'form-ok'}
        >
          {message.text}
        </p>
      )}
    </form>
  )
}
