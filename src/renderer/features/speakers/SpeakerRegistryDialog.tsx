import { useMemo, useState } from 'react'
import type { Speaker } from '../../../shared/domain/speaker'
import { DIM } from '../../../shared/codebook/sourcingAndStance'
import { deleteSpeaker } from '../../actions/speakerRegistryActions'
import { useSession } from '../../state/sessionStore'
import { useProjectCodebook } from '../annotations/useProjectCodebook'
import { useProjectSpeakers } from '../annotations/useProjectSpeakers'
import { errorMessage } from '../shell/errorMessage'
import { Modal } from '../shell/Modal'
import { useCloseOverlay } from '../shell/useCloseOverlay'
import { MergeSpeakersForm } from './MergeSpeakersForm'
import { SpeakerEditForm } from './SpeakerEditForm'
import { SpeakerTable } from './SpeakerTable'
import { useSpeakerUsage } from './useSpeakerUsage'
import './speakers.css'

/** The speaker registry of the open project (top bar "Speakers"). */
export function SpeakerRegistryDialog() {
  const projectId = useSession((s) => s.projectId)
  const close = useCloseOverlay()
  if (projectId === null) return null
  return (
    <Modal title="Speakers" onClose={close} className="modal-wide nc-speakers">
      <SpeakerRegistry projectId={projectId} />
    </Modal>
  )
}

const byName = (a: Speaker, b: Speaker) => a.name.localeCompare(b.name)

function SpeakerRegistry({ projectId }: { projectId: string }) {
  const all = useProjectSpeakers(projectId)
  const speakers = useMemo(() => [...all].sort(byName), [all])
  const usage = useSpeakerUsage(projectId, speakers)
  const codebook = useProjectCodebook(projectId)
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set())
  const [editingId, setEditingId] = useState<string | null>(null)

  const sourceType = codebook?.dimensions.find((d) => d.id === DIM.sourceType)
  const sourceTypeLabel = (id: string | null) =>
    id === null ? '' : (sourceType?.values.find((v) => v.id === id)?.label ?? id)
  // Selections of speakers that no longer exist (merged away, undone) are dropped.
  const selected = speakers.filter((s) => selectedIds.has(s.id))
  const editing = speakers.find((s) => s.id === editingId)

  const toggle = (id: string, on: boolean) =>
    setSelectedIds((current) => {
      const next = new Set(current)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })

  const remove = async (speaker: Speaker) => {
    try {
      await deleteSpeaker(speaker.id)
      useSession.getState().notify('info', `Deleted ${speaker.name}. Ctrl+Z undoes it.`)
    } catch (error) {
      useSession.getState().notify('error', errorMessage(error))
    }
  }

  return (
    <div className="nc-speakers__body">
      <p className="hint">
        {speakers.length === 1 ? '1 speaker' : `${speakers.length} speakers`} in this project.
        Counts are of spans not in the trash. Typing any name or alias in the Speaker box finds the
        speaker.
      </p>
      {speakers.length > 0 ? (
        <div className="nc-speakers__scroll">
          <SpeakerTable
            speakers={speakers}
            usage={usage}
            sourceTypeLabel={sourceTypeLabel}
            selected={selectedIds}
            onToggle={toggle}
            onEdit={setEditingId}
            onDelete={(s) => void remove(s)}
          />
        </div>
      ) : (
        <p>No speakers yet. They are added when you type a new name in the Speaker box.</p>
      )}
      {editing && (
        <SpeakerEditForm
          key={editing.id}
          speaker={editing}
          sourceType={sourceType}
          onDone={() => setEditingId(null)}
        />
      )}
      {speakers.length > 1 && (
        <MergeSpeakersForm
          key={selected.map((s) => s.id).join(' ')}
          projectId={projectId}
          selected={selected}
          onMerged={() => setSelectedIds(new Set())}
        />
      )}
    </div>
  )
}
