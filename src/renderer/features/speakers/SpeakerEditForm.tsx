import { useState, type FormEvent } from 'react'
import type { Dimension } from '../../../shared/domain/codebook'
import type { Speaker } from '../../../shared/domain/speaker'
import { updateSpeaker, type SpeakerEdit } from '../../actions/speakerRegistryActions'
import { errorMessage } from '../shell/errorMessage'

type Props = {
  speaker: Speaker
  /** The codebook's source-type dimension, if it has one: its values are the default's choices. */
  sourceType: Dimension | undefined
  onDone: () => void
}

type TextField = 'name' | 'affiliation' | 'gender' | 'party'

/** Edits one registry entry; aliases are one per line. Saving is one undoable step. */
export function SpeakerEditForm({ speaker, sourceType, onDone }: Props) {
  const [edit, setEdit] = useState<SpeakerEdit>({
    name: speaker.name,
    aliases: speaker.aliases,
    defaultSourceType: speaker.defaultSourceType,
    affiliation: speaker.affiliation,
    gender: speaker.gender ?? '',
    party: speaker.party ?? '',
    notes: speaker.notes,
  })
  const [aliases, setAliases] = useState(speaker.aliases.join('\n'))
  const [problem, setProblem] = useState<string | null>(null)

  const field = (name: TextField, label: string) => (
    <label>
      {label}
      <input
        value={edit[name] ?? ''}
        onChange={(e) => {
          setEdit((s) => ({ ...s, [name]: e.target.value }))
          setProblem(null)
        }}
      />
    </label>
  )

  async function submit(event: FormEvent) {
    event.preventDefault()
    try {
      await updateSpeaker(speaker.id, { ...edit, aliases: aliases.split('\n') })
      onDone()
    } catch (error) {
      setProblem(errorMessage(error))
    }
  }

  return (
    <form
      className="form-grid nc-speaker-form"
      aria-label={`Edit ${speaker.name}`}
      onSubmit={submit}
    >
      {field('name', 'Name')}
      <label>
        Aliases (one per line)
        <textarea rows={3} value={aliases} onChange={(e) => setAliases(e.target.value)} />
      </label>
      {sourceType && (
        <label>
          Default source type
          <select
            value={edit.defaultSourceType ?? ''}
            onChange={(e) => setEdit((s) => ({ ...s, defaultSourceType: e.target.value || null }))}
          >
            <option value="">—</option>
            {sourceType.values.map((v) => (
              <option key={v.id} value={v.id}>
                {v.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {field('affiliation', 'Affiliation')}
      {field('gender', 'Gender')}
      {field('party', 'Party')}
      <label>
        Notes
        <textarea
          rows={2}
          value={edit.notes}
          onChange={(e) => setEdit((s) => ({ ...s, notes: e.target.value }))}
        />
      </label>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Save speaker
        </button>
      </div>
    </form>
  )
}
