import type { Speaker } from '../../../shared/domain/speaker'
import type { SpeakerUsage } from '../../../shared/speakers/tallySpeakerUsage'

type Props = {
  speakers: readonly Speaker[]
  usage: ReadonlyMap<string, SpeakerUsage> | undefined
  sourceTypeLabel: (valueId: string | null) => string
  selected: ReadonlySet<string>
  onToggle: (id: string, on: boolean) => void
  onEdit: (id: string) => void
  onDelete: (speaker: Speaker) => void
}

const NO_USE: SpeakerUsage = { spans: 0, documents: 0, trashedSpans: 0 }

/**
 * The registry as a table: one row per speaker with its fields and how many spans and articles
 * it is coded in. A speaker in use offers no Delete: it can only be merged into another.
 */
export function SpeakerTable(props: Props) {
  const { speakers, usage, sourceTypeLabel, selected, onToggle, onEdit, onDelete } = props
  const count = (id: string) => usage?.get(id) ?? NO_USE
  return (
    <table className="nc-speakers__table" aria-label="Speakers">
      <thead>
        <tr>
          <th scope="col">
            <span className="nc-speakers__sr">Select</span>
          </th>
          <th scope="col">Name</th>
          <th scope="col">Aliases</th>
          <th scope="col">Default source type</th>
          <th scope="col">Affiliation</th>
          <th scope="col">Gender</th>
          <th scope="col">Party</th>
          <th scope="col">Notes</th>
          <th scope="col">Spans</th>
          <th scope="col">Documents</th>
          <th scope="col">
            <span className="nc-speakers__sr">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {speakers.map((s) => {
          const used = count(s.id)
          const inUse = used.spans + used.trashedSpans > 0
          return (
            <tr key={s.id} aria-selected={selected.has(s.id)}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Select ${s.name}`}
                  checked={selected.has(s.id)}
                  onChange={(e) => onToggle(s.id, e.target.checked)}
                />
              </td>
              <th scope="row">{s.name}</th>
              <td>{s.aliases.join('; ')}</td>
              <td>{sourceTypeLabel(s.defaultSourceType)}</td>
              <td>{s.affiliation}</td>
              <td>{s.gender ?? ''}</td>
              <td>{s.party ?? ''}</td>
              <td className="nc-speakers__notes">{s.notes}</td>
              <td className="nc-speakers__num" aria-label={`${used.spans} spans`}>
                {usage ? used.spans : '…'}
              </td>
              <td className="nc-speakers__num" aria-label={`${used.documents} documents`}>
                {usage ? used.documents : '…'}
              </td>
              <td className="nc-speakers__actions">
                <button type="button" aria-label={`Edit ${s.name}`} onClick={() => onEdit(s.id)}>
                  Edit
                </button>
                {usage && !inUse && (
                  <button
                    type="button"
                    className="danger-quiet"
                    aria-label={`Delete ${s.name}`}
                    onClick={() => onDelete(s)}
                  >
                    Delete
                  </button>
                )}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
