import type { Ref } from 'react'
import { useId } from 'react'
import type { Dimension } from '../../../shared/domain/codebook'

type Props = {
  dimension: Dimension
  value: readonly string[]
  onChange: (value: string[]) => void
  focusRef?: Ref<HTMLDivElement>
}

/** Checkboxes for a multi-choice dimension, grouped and named after the dimension. */
export function ChoiceCheckboxes({ dimension, value, onChange, focusRef }: Props) {
  const labelId = useId()
  const toggle = (id: string, on: boolean) =>
    // Kept in codebook order so that stored arrays compare equal whatever the click order.
    onChange(dimension.values.map((v) => v.id).filter((v) => (v === id ? on : value.includes(v))))
  return (
    <div className="nc-tag__field">
      <span id={labelId} className="nc-tag__label">
        {dimension.name}
      </span>
      <div
        role="group"
        aria-labelledby={labelId}
        className="nc-tag__radios"
        ref={focusRef}
        tabIndex={-1}
      >
        {dimension.values.map((v) => (
          <label key={v.id} className="nc-tag__radio" title={v.definition || undefined}>
            <input
              type="checkbox"
              checked={value.includes(v.id)}
              aria-keyshortcuts={v.shortcut || undefined}
              onChange={(e) => toggle(v.id, e.target.checked)}
            />
            {v.shortcut !== '' && (
              <kbd aria-hidden="true" className="nc-tag__key">
                {v.shortcut}
              </kbd>
            )}
            <span>{v.label}</span>
          </label>
        ))}
      </div>
    </div>
  )
}
