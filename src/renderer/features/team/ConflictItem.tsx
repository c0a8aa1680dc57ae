import { useState } from 'react'
import { useSession } from '../../state/sessionStore'
import {
  conflictParts,
  defaultPick,
  describeRow,
  mergeVersions,
} from '../../../shared/sync/conflictParts'
import { canonicalJson } from '../../../shared/sync/syncDocument'
import type { LoadedConflict } from './teamConflicts'
import { resolveConflict } from './teamConflicts'
import { useFormAction } from './useFormAction'

const show = (value: unknown) =>
  value === undefined ? '(not in this version)' : canonicalJson(value)

/**
 * One conflicted row: what differs between its revisions, "Keep version n" for each, and a
 * merge that takes each differing part (a codebook's dimension, a speaker's field) from the
 * revision the lead picks.
 */
export function ConflictItem({ conflict }: { conflict: LoadedConflict }) {
  const coder = useSession((s) => s.coder)
  const rows = conflict.versions.map((v) => v.row)
  const parts = conflictParts(conflict.table, rows).filter((p) => p.differs)
  const [picks, setPicks] = useState<Record<string, number>>(() =>
    Object.fromEntries(parts.map((p) => [p.key, defaultPick(p)])),
  )
  const [merging, setMerging] = useState(false)
  const { busy, problem, run } = useFormAction()
  const title = describeRow(conflict.table, rows[0] ?? {})

  const keep = (index: number) =>
    void run(() =>
      resolveConflict(
        conflict,
        rows[index] ?? {},
        `Kept version ${index + 1} of a conflict`,
        coder,
      ),
    )
  const merge = () =>
    void run(() =>
      resolveConflict(
        conflict,
        mergeVersions(conflict.table, rows, picks, Date.now()),
        'Merged conflicting edits',
        coder,
      ),
    )

  return (
    <li className="team-conflict" aria-label={title}>
      <strong>{title}</strong> — changed on two computers; both versions are kept until you decide.
      <ul>
        {parts.map((part) => (
          <li key={part.key}>
            {part.label}:
            {part.values.map((value, i) => (
              <pre key={i}>
                Version {i + 1}: {show(value)}
              </pre>
            ))}
          </li>
        ))}
      </ul>
      <div className="team-actions">
        {rows.map((_row, i) => (
          <button key={i} type="button" disabled={busy} onClick={() => keep(i)}>
            Keep version {i + 1}
          </button>
        ))}
        <button
          type="button"
          disabled={busy}
          aria-expanded={merging}
          onClick={() => setMerging(!merging)}
        >
          Merge…
        </button>
      </div>
      {merging && (
        <fieldset>
          <legend>Take each part from</legend>
          {parts.map((part) => (
            <div key={part.key} role="radiogroup" aria-label={part.label}>
              {part.label}:{' '}
              {part.values.map((_v, i) => (
                <label key={i}>
                  <input
                    type="radio"
                    name={`${conflict.ref.docId}-${part.key}`}
                    checked={picks[part.key] === i}
                    onChange={() => setPicks({ ...picks, [part.key]: i })}
                  />
                  version {i + 1}{' '}
                </label>
              ))}
            </div>
          ))}
          <button type="button" disabled={busy} onClick={merge}>
            Save merge
          </button>
        </fieldset>
      )}
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
    </li>
  )
}
