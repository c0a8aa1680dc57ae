/** Which documents a reliability task covers: all of the project's, or its reliability sample. */
export type DocumentScope = 'all' | 'sample'

type Props = {
  legend: string
  /** Name of the radio group; unique on the page. */
  name: string
  scope: DocumentScope
  onScope: (scope: DocumentScope) => void
  /** Disables "Reliability sample" (no sample drawn yet). */
  noSample?: boolean
}

/** "All documents" / "Reliability sample" as a radio group, for the agreement and packages. */
export function DocumentScopeChoice({ legend, name, scope, onScope, noSample = false }: Props) {
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      <label>
        <input type="radio" name={name} checked={scope === 'all'} onChange={() => onScope('all')} />
        All documents
      </label>
      <label>
        <input
          type="radio"
          name={name}
          checked={scope === 'sample'}
          disabled={noSample}
          onChange={() => onScope('sample')}
        />
        Reliability sample
      </label>
    </fieldset>
  )
}
