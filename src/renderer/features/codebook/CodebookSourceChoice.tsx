import type { CodebookSource } from '../../actions/projectActions'
import { CODEBOOK_TEMPLATES } from '../../../shared/codebook/templates/codebookTemplates'
import { useProjects } from '../projects/useProjects'

type Props = { value: CodebookSource; onChange: (source: CodebookSource) => void }

/**
 * Where a new project's codebook comes from: one of the templates (radio group "Codebook
 * template"), or a copy of another project's codebook, chosen in a select shown for that choice.
 */
export function CodebookSourceChoice({ value, onChange }: Props) {
  const projects = useProjects() ?? []
  const copyFrom = value.kind === 'copy' ? value.projectId : (projects[0]?.id ?? '')
  return (
    <fieldset className="choice-group">
      <legend>Codebook template</legend>
      {CODEBOOK_TEMPLATES.map((t) => (
        <div key={t.id} className="choice">
          <label>
            <input
              type="radio"
              name="codebook-source"
              checked={value.kind === 'template' && value.template === t.id}
              onChange={() => onChange({ kind: 'template', template: t.id })}
            />
            <span className="choice-label">{t.name}</span>
          </label>
          <p className="hint">{t.description}</p>
        </div>
      ))}
      <div className="choice">
        <label>
          <input
            type="radio"
            name="codebook-source"
            checked={value.kind === 'copy'}
            disabled={projects.length === 0}
            onChange={() => onChange({ kind: 'copy', projectId: copyFrom })}
          />
          <span className="choice-label">Copy from another project</span>
        </label>
      </div>
      {value.kind === 'copy' && (
        <label className="cb-field cb-indent">
          <span>Copy codebook from another project</span>
          <select
            value={copyFrom}
            onChange={(e) => onChange({ kind: 'copy', projectId: e.target.value })}
          >
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  )
}
