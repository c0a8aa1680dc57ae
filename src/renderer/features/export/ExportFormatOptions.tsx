import type { ExportFormat } from '../../actions/exportProject'

const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'csv-zip', label: 'CSV files (zip)' },
  { value: 'csv-files', label: 'CSV files (individual)' },
  { value: 'xlsx', label: 'Excel workbook (.xlsx)' },
  { value: 'qdpx', label: 'REFI-QDA project (.qdpx)' },
  { value: 'jsonld', label: 'W3C Web Annotation (JSON-LD)' },
]

type Props = { value: ExportFormat; onChange: (format: ExportFormat) => void }

/** The radio group of export formats. */
export function ExportFormatOptions({ value, onChange }: Props) {
  return (
    <fieldset className="choice-group">
      <legend>Format</legend>
      {FORMATS.map((f) => (
        <label key={f.value} className="choice export-choice">
          <input
            type="radio"
            name="format"
            value={f.value}
            checked={value === f.value}
            onChange={() => onChange(f.value)}
          />
          <span className="choice-label">{f.label}</span>
        </label>
      ))}
    </fieldset>
  )
}
