import type { MatchingRule } from '../../../shared/agreement/matchingRule'

type Props = {
  kind: MatchingRule['kind']
  percent: string
  onKind: (kind: MatchingRule['kind']) => void
  onPercent: (percent: string) => void
}

/** The "Matching rule" radio group with the overlap threshold's number input. */
export function MatchingRuleFields({ kind, percent, onKind, onPercent }: Props) {
  const radio = (value: MatchingRule['kind'], label: string) => (
    <label>
      <input
        type="radio"
        name="matching-rule"
        checked={kind === value}
        onChange={() => onKind(value)}
      />
      {label}
    </label>
  )
  return (
    <fieldset className="choice-group">
      <legend>Matching rule</legend>
      {radio('exact', 'Exact offsets')}
      <span>
        {radio('overlap', 'Overlap of at least X % of the union')}{' '}
        <input
          type="number"
          min="1"
          max="100"
          value={percent}
          aria-label="Minimum overlap (%)"
          disabled={kind !== 'overlap'}
          onChange={(e) => onPercent(e.target.value)}
        />
      </span>
      {radio('sentence', 'Same sentence')}
    </fieldset>
  )
}
