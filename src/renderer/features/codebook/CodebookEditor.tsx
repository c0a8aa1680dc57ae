import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { undo } from '../../actions/undoStack'
import { db } from '../../db/NewscoderDb'
import { useSession } from '../../state/sessionStore'
import { useProjectCodebook } from '../annotations/useProjectCodebook'
import { Modal } from '../shell/Modal'
import { errorMessage } from '../shell/errorMessage'
import { useCloseOverlay } from '../shell/useCloseOverlay'
import { CodebookExchange } from './CodebookExchange'
import { DimensionEditor } from './DimensionEditor'
import { DimensionList } from './DimensionList'
import { HistoryView } from './HistoryView'
import { ShortcutConflictList } from './ShortcutConflictList'
import { useCodebookEdit } from './useCodebookEdit'
import './codebook.css'

/**
 * The codebook editor, opened from the top bar's "Codebook": the dimensions (add, edit,
 * reorder, delete), each dimension's values as a tree, skip logic, shortcut conflicts, the
 * version history, and JSON / printable exchange. Every edit is saved at once as a new version.
 */
export function CodebookEditor() {
  const close = useCloseOverlay()
  const projectId = useSession((s) => s.projectId) ?? ''
  const codebook = useProjectCodebook(projectId)
  const projectName = useLiveQuery(
    async () => (await db.projects.get(projectId))?.name ?? '',
    [projectId],
  )
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [view, setView] = useState<'dimensions' | 'history'>('dimensions')
  const { edit, outcome, setOutcome } = useCodebookEdit(projectId)

  const dimensions = codebook?.dimensions ?? []
  const selected = dimensions.find((d) => d.id === selectedId) ?? dimensions[0] ?? null
  const undoLast = async () => {
    try {
      const label = await undo()
      setOutcome({ kind: 'info', message: label ? `Undid: ${label}` : 'Nothing to undo.' })
    } catch (error) {
      setOutcome({ kind: 'refused', message: errorMessage(error) })
    }
  }

  return (
    <Modal title="Codebook" onClose={close} className="modal-full">
      {codebook === undefined && <p role="status">Loading the codebook…</p>}
      {codebook === null && <p role="alert">This project has no codebook.</p>}
      {codebook && (
        <div className="cb-editor">
          <div className="cb-toolbar">
            <span className="cb-title">
              {codebook.name || 'Untitled codebook'} · version {codebook.version}
            </span>
            <button
              type="button"
              aria-pressed={view === 'history'}
              onClick={() => setView(view === 'history' ? 'dimensions' : 'history')}
            >
              History
            </button>
            <CodebookExchange
              codebook={codebook}
              projectName={projectName ?? ''}
              edit={edit}
              report={(message, failed) =>
                setOutcome({ kind: failed ? 'refused' : 'info', message })
              }
            />
          </div>
          <div className="cb-outcome">
            {outcome?.kind === 'refused' && (
              <p role="alert" className="form-error">
                {outcome.message}
              </p>
            )}
            {outcome?.kind === 'done' && (
              <p role="status">
                {outcome.note}{' '}
                <button type="button" onClick={() => void undoLast()}>
                  Undo
                </button>
              </p>
            )}
            {outcome?.kind === 'info' && <p role="status">{outcome.message}</p>}
          </div>
          <ShortcutConflictList codebook={codebook} />
          {view === 'history' ? (
            <HistoryView projectId={projectId} />
          ) : (
            <div className="cb-body">
              <DimensionList
                dimensions={dimensions}
                selectedId={selected?.id ?? null}
                onSelect={setSelectedId}
                edit={edit}
              />
              {selected && (
                <DimensionEditor
                  key={selected.id}
                  projectId={projectId}
                  dimension={selected}
                  dimensions={dimensions}
                  edit={edit}
                />
              )}
            </div>
          )}
        </div>
      )}
    </Modal>
  )
}
