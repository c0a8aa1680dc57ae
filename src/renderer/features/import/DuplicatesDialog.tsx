import { useState } from 'react'
import type { PreparedArticle } from '../../workers/importProtocol'
import { Modal } from '../shell/Modal'
import { DUPLICATE_CHOICES, DuplicateItem } from './DuplicateItem'
import { resolveDuplicates } from './importRun'
import type { DuplicateChoice } from './importRunStore'

/**
 * The duplicates step: every incoming article whose text repeats a document of the project (or
 * an earlier article of the same import), exactly or ≥ 90 % (estimated shingled Jaccard), with the
 * document it matches. Per item, or for all, the user chooses to skip it, import it anyway, or
 * import it linked (`duplicateOf`). Nothing is dropped without that choice; closing skips, and the
 * summary says how many were skipped.
 */
export function DuplicatesDialog({ duplicates }: { duplicates: PreparedArticle[] }) {
  const [choices, setChoices] = useState<Record<string, DuplicateChoice>>(() =>
    Object.fromEntries(duplicates.map((d) => [d.id, 'skip' as DuplicateChoice])),
  )
  const [busy, setBusy] = useState(false)
  const chooseAll = (choice: DuplicateChoice) =>
    setChoices(Object.fromEntries(duplicates.map((d) => [d.id, choice])))
  const finish = async (final: Record<string, DuplicateChoice>) => {
    if (busy) return
    setBusy(true)
    await resolveDuplicates(final)
  }
  const count = duplicates.length

  return (
    <Modal
      title="Duplicates"
      onClose={() => void finish({})}
      className="modal-wide duplicates-dialog"
    >
      <p>
        {count === 1
          ? '1 article repeats a document already in the project.'
          : `${count.toLocaleString('en')} articles repeat documents already in the project.`}{' '}
        Choose what to do with each.
      </p>
      <div className="button-group" role="group" aria-label="For all duplicates">
        <span>For all:</span>
        {DUPLICATE_CHOICES.map((c) => (
          <button key={c.value} type="button" onClick={() => chooseAll(c.value)}>
            {c.label}
          </button>
        ))}
      </div>
      <ul className="duplicate-list" aria-label="Duplicate articles">
        {duplicates.map((d) => (
          <DuplicateItem
            key={d.id}
            item={d}
            choice={choices[d.id] ?? 'skip'}
            onChoose={(choice) => setChoices((all) => ({ ...all, [d.id]: choice }))}
          />
        ))}
      </ul>
      <div className="modal-actions">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => void finish(choices)}
        >
          Continue
        </button>
      </div>
    </Modal>
  )
}
