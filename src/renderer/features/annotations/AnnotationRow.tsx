import type { Annotation } from '../../../shared/domain/annotation'
import type { CodeChip } from './describeCodes'
import { truncateText } from './truncateText'

type Props = {
  annotation: Annotation
  chips: readonly CodeChip[]
  active: boolean
  /** Why the current coder may not change this span (another coder's), or null for their own. */
  readOnly?: string | null
  onActivate: (id: string) => void
}

/** ~140 characters: two lines of the side panel, enough to recognise a quote. */
const QUOTE_CHARS = 140
const MEMO_CHARS = 100

/**
 * One coded span in the annotation list: its quote, code chips, memo excerpt and coder — for
 * another coder's span, "Coded by … — read-only".
 */
export function AnnotationRow({ annotation, chips, active, readOnly = null, onActivate }: Props) {
  return (
    <button
      type="button"
      className={active ? 'nc-annotation-row nc-annotation-row--active' : 'nc-annotation-row'}
      aria-current={active ? 'true' : undefined}
      data-annotation-id={annotation.id}
      onClick={() => onActivate(annotation.id)}
    >
      <span className="nc-annotation-row__quote">
        “{truncateText(annotation.exact, QUOTE_CHARS)}”
      </span>
      {chips.length > 0 && (
        <span className="nc-annotation-row__chips">
          {chips.map((chip) => (
            <span key={chip.dimensionId} className="nc-chip" title={chip.dimensionName}>
              {chip.text}
            </span>
          ))}
        </span>
      )}
      {annotation.memo !== '' && (
        <span className="nc-annotation-row__memo">{truncateText(annotation.memo, MEMO_CHARS)}</span>
      )}
      <span className="nc-annotation-row__coder">{readOnly ?? annotation.coder}</span>
    </button>
  )
}
