import type { Ref } from 'react'
import { useId } from 'react'
import type { Dimension } from '../../../shared/domain/codebook'

type Props = {
  dimension: Dimension
  value: string | null
  onChange: (value: string | null) => void
  focusRef?: Ref<HTMLDivElement>
}

/**
 * A radio group for an ordinal (or short nominal) dimension, named after the dimension. Each
 * option's accessible name is the value's label alone; its shortcut key is shown beside it and
 * announced through `aria-keyshortcuts`.
 */
export function ChoiceRadioGroup({ dimension, value, onChange, focusRef }: Props) {
  const labelId = useId()
  const name = useId()
  return (
    <div className="nc-tag__field">
      <div className="nc-tag__label-row">
        <span id={labelId} className="nc-tag__label">
          {dimension.name}
        </span>
        {value !== null && (
          <button
            type="button"
            className="nc-tag__clear"
            aria-label={`Clear ${dimension.name}`}
            onClick={() => onChange(null)}
          >
            Clear
          </button>
        )}
      </div>
      <div
        role="radiogroup"
        aria-labelledby={labelId}
        className="nc-tag__radios"
        ref={focusRef}
        tabIndex={-1}
      >
        {dimension.values.map((v) => (
          <label key={v.id} className="nc-tag__radio" title={v.definition || undefined}>
            <input
              type="radio"
              name={name}
              value={v.id}
              checked={value === v.id}
              aria-keyshortcuts={v.shortcut || undefined}
              onChange={() => onChange(v.id)}
            />
            {v.shortcut !== '' && (
              <kbd aria-hidden="true" className="nc-tag__key">
                {v.shortcut}
              </kbd>
            )}
            {v.color !== '' && (
              <span aria-hidden="true" className="nc-tag__swatch" style={{ background: v.color }} />
            )}
            <span>{v.label}</span>
          </label>
        ))}
      </div>
    </div>
  )
}
