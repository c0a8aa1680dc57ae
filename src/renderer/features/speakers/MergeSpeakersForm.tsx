import { useId, useState, type FormEvent } from 'react'
import type { Speaker } from '../../../shared/domain/speaker'
import { mergeSpeakers } from '../../actions/speakerRegistryActions'
import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'

type Props = { projectId: string; selected: readonly Speaker[]; onMerged: () => void }

/**
 * Merges the selected speakers: the coder picks which name survives (that speaker keeps its id;
 * the other names become aliases). One undoable step.
 */
export function MergeSpeakersForm({ projectId, selected, onMerged }: Props) {
  const [survivorId, setSurvivorId] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const nameId = useId()
  const survivor = selected.find((s) => s.id === survivorId) ?? selected[0]

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!survivor) return
    try {
      const merged = await mergeSpeakers({
        projectId,
        ids: selected.map((s) => s.id),
        survivorId: survivor.id,
        name: survivor.name,
      })
      useSession
        .getState()
        .notify(
          'info',
          `Merged ${selected.length} speakers into “${merged.name}”. Ctrl+Z undoes it.`,
        )
      setProblem(null)
      onMerged()
    } catch (error) {
      setProblem(errorMessage(error))
    }
  }

  return (
    <form className="inline-form nc-speaker-merge" aria-label="Merge speakers" onSubmit={submit}>
      <label htmlFor={nameId}>Surviving name</label>
      <select
        id={nameId}
        value={survivor?.id ?? ''}
        disabled={selected.length < 2}
        onChange={(e) => setSurvivorId(e.target.value)}
      >
        {selected.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <button type="submit" className="primary" disabled={selected.length < 2}>
        Merge speakers
      </button>
      <p className="hint">
        {selected.length < 2
          ? 'Select two or more speakers to merge duplicates.'
          : `${selected.length} selected: their spans get the surviving name; the other names become aliases.`}
      </p>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
    </form>
  )
}
