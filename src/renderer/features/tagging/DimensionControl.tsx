import type { CodedValue } from '../../../shared/domain/annotation'
import type { Dimension } from '../../../shared/domain/codebook'
import { ChoiceCheckboxes } from './ChoiceCheckboxes'
import { ChoiceRadioGroup } from './ChoiceRadioGroup'
import { ChoiceSelect } from './ChoiceSelect'
import { SpeakerCombobox } from './SpeakerCombobox'

type Props = {
  dimension: Dimension
  projectId: string
  value: CodedValue | undefined
  onChange: (value: CodedValue) => void
  /** Receives the element that the dimension's focus shortcut moves to. */
  focusRef: (element: HTMLElement | null) => void
}

const asString = (v: CodedValue | undefined) => (typeof v === 'string' ? v : null)

/**
 * The widget for one codebook dimension, chosen by its kind alone, so that a codebook edit
 * (new dimension, new values) needs no code change: ordinal → radio group, single → select,
 * multi → checkboxes, speaker → searchable combobox, text → text area, number, boolean.
 */
export function DimensionControl({ dimension, projectId, value, onChange, focusRef }: Props) {
  switch (dimension.kind) {
    case 'ordinal':
      return (
        <ChoiceRadioGroup
          dimension={dimension}
          value={asString(value)}
          onChange={onChange}
          focusRef={focusRef}
        />
      )
    case 'single':
      return (
        <ChoiceSelect
          dimension={dimension}
          value={asString(value)}
          onChange={onChange}
          focusRef={focusRef}
        />
      )
    case 'multi':
      return (
        <ChoiceCheckboxes
          dimension={dimension}
          value={Array.isArray(value) ? value : []}
          onChange={onChange}
          focusRef={focusRef}
        />
      )
    case 'speaker':
      return (
        <SpeakerCombobox
          label={dimension.name}
          projectId={projectId}
          value={asString(value)}
          onChange={onChange}
          inputRef={focusRef}
        />
      )
    case 'text':
      return (
        <label className="nc-tag__field">
          <span className="nc-tag__label">{dimension.name}</span>
          <textarea
            ref={focusRef}
            rows={2}
            value={asString(value) ?? ''}
            onChange={(e) => onChange(e.target.value)}
          />
        </label>
      )
    case 'number':
      return (
        <label className="nc-tag__field">
          <span className="nc-tag__label">{dimension.name}</span>
          <input
            ref={focusRef}
            type="number"
            value={typeof value === 'number' ? value : ''}
            onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
          />
        </label>
      )
    case 'boolean':
      return (
        <label className="nc-tag__field nc-tag__check">
          <input
            ref={focusRef}
            type="checkbox"
            checked={value === true}
            onChange={(e) => onChange(e.target.checked ? true : null)}
          />
          <span>{dimension.name}</span>
        </label>
      )
  }
}
