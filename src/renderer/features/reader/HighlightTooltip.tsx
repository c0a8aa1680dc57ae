import type { Annotation } from '../../../shared/domain/annotation'
import type { Dimension } from '../../../shared/domain/codebook'
import type { Speaker } from '../../../shared/domain/speaker'
import { readOnlyReason } from '../../actions/annotationOwnership'
import { useSession } from '../../state/sessionStore'
import { describeCodes } from '../annotations/describeCodes'
import { truncateText } from '../annotations/truncateText'
import { innermostAnnotation } from './innermostAnnotation'
import type { HoveredHighlight } from './useHoveredHighlight'

type Props = {
  hovered: HoveredHighlight
  annotationsById: ReadonlyMap<string, Annotation>
  dimensions: readonly Dimension[]
  speakersById: ReadonlyMap<string, Speaker>
}

/** The codes of every span under the pointer, outermost first; a hint says how to edit one. */
export function HighlightTooltip({ hovered, annotationsById, dimensions, speakersById }: Props) {
  const coder = useSession((s) => s.coder)
  const rows = hovered.ids.flatMap((id) => annotationsById.get(id) ?? [])
  if (rows.length === 0) return null
  // The innermost span is the one a click opens; another coder's opens read-only.
  const innermost = annotationsById.get(innermostAnnotation(hovered.ids, annotationsById) ?? '')
  const readOnly = innermost ? readOnlyReason(innermost, coder) : null
  return (
    <div
      className="nc-reader__tooltip"
      role="tooltip"
      style={{ left: Math.max(8, hovered.x), top: hovered.y }}
    >
      {rows.map((a) => {
        const chips = describeCodes(a.values, dimensions, speakersById)
        return (
          <div key={a.id} className="nc-reader__tooltip-row">
            {rows.length > 1 && <q>{truncateText(a.exact, 60)}</q>}
            <span>
              {chips.length > 0 ? chips.map((c) => c.text).join(' · ') : <em>No codes</em>}
            </span>
            {a.memo !== '' && (
              <span className="nc-reader__tooltip-memo">{truncateText(a.memo, 120)}</span>
            )}
            {a.coder !== coder && <span className="nc-reader__tooltip-memo">{a.coder}</span>}
          </div>
        )
      })}
      <div className="nc-reader__tooltip-hint">
        {readOnly
          ? `${readOnly}: click to view`
          : `Click to edit${rows.length > 1 ? ' the innermost' : ''}`}
      </div>
    </div>
  )
}
