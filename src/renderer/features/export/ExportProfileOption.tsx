import { useId } from 'react'
import type { CsvProfile } from '../../../shared/export/toCsv'

type ExportProfileOptionProps = {
  value: CsvProfile
  checked: boolean
  onSelect: (value: CsvProfile) => void
  label: string
  /** When to use this profile; read out as the radio's description. */
  explanation: string
}

/** One radio of the export profile group, with a sentence on when to choose it. */
export function ExportProfileOption({
  value,
  checked,
  onSelect,
  label,
  explanation,
}: ExportProfileOptionProps) {
  const hintId = useId()
  // The explanation sits outside the label so the radio's name is just the profile's name.
  return (
    <div className="choice">
      <label>
        <input
          type="radio"
          name="profile"
          value={value}
          checked={checked}
          onChange={() => onSelect(value)}
          aria-describedby={hintId}
        />
        <span className="choice-label">{label}</span>
      </label>
      <p id={hintId} className="hint">
        {explanation}
      </p>
    </div>
  )
}
