import type { Dimension } from '../../../shared/domain/codebook'
import { CHOICE_KINDS } from '../../../shared/codebook/dimensionOps'

type Props = {
  dimension: Dimension
  dimensions: readonly Dimension[]
  onChange: (rule: Dimension['showWhen']) => void
}

/**
 * "Show only when": the dimension that controls this one (any other choice dimension) and the
 * values of it for which this one is shown. Choosing a controller starts with its first value.
 */
export function SkipLogicEditor({ dimension, dimensions, onChange }: Props) {
  const rule = dimension.showWhen
  const controllers = dimensions.filter((d) => d.id !== dimension.id && CHOICE_KINDS.has(d.kind))
  const control = rule ? dimensions.find((d) => d.id === rule.dimensionId) : undefined
  return (
    <fieldset className="cb-skip">
      <legend>Skip logic</legend>
      <label className="cb-field">
        <span>Show only when</span>
        <select
          value={rule?.dimensionId ?? ''}
          onChange={(e) => {
            const next = dimensions.find((d) => d.id === e.target.value)
            const first = next?.values[0]
            onChange(next && first ? { dimensionId: next.id, valueIds: [first.id] } : null)
          }}
        >
          <option value="">Always shown</option>
          {controllers.map((d) => (
            <option key={d.id} value={d.id} disabled={d.values.length === 0}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      {rule && control && (
        <div
          role="group"
          aria-label={`Values of ${control.name} that show ${dimension.name}`}
          className="cb-skip__values"
        >
          {control.values.map((v) => {
            const checked = rule.valueIds.includes(v.id)
            return (
              <label key={v.id} className="choice">
                <input
                  type="checkbox"
                  checked={checked}
                  // The last value cannot be unticked: a rule needs one; choose "Always shown" instead.
                  disabled={checked && rule.valueIds.length === 1}
                  onChange={() =>
                    onChange({
                      dimensionId: rule.dimensionId,
                      valueIds: checked
                        ? rule.valueIds.filter((id) => id !== v.id)
                        : control.values
                            .map((x) => x.id)
                            .filter((id) => id === v.id || rule.valueIds.includes(id)),
                    })
                  }
                />
                {v.label}
              </label>
            )
          })}
        </div>
      )}
    </fieldset>
  )
}
