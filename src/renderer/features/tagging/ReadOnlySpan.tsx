import { CONSENSUS_CODER } from '../../../shared/agreement/consensusCoder'
import type { Annotation } from '../../../shared/domain/annotation'
import type { Dimension } from '../../../shared/domain/codebook'
import { useSession } from '../../state/sessionStore'
import { describeCodes } from '../annotations/describeCodes'
import { truncateText } from '../annotations/truncateText'
import { useSpeakersById } from '../annotations/useProjectSpeakers'
import { focusReader } from './focusReader'

type Props = {
  annotation: Annotation
  reason: string
  projectId: string
  dimensions: readonly Dimension[]
}

/** Quotes longer than this are shortened, as in the tagging form. */
const QUOTE_CHARS = 160

/**
 * Another coder's span (or the Consensus layer's) in the tagging panel: its quote, codes and memo
 * to read, the reason it cannot be changed here, and Close — no controls that would suggest an
 * edit the actions would refuse.
 */
export function ReadOnlySpan({ annotation, reason, projectId, dimensions }: Props) {
  const speakersById = useSpeakersById(projectId)
  const chips = describeCodes(annotation.values, dimensions, speakersById)
  const close = () => {
    useSession.getState().setActiveAnnotation(null)
    focusReader()
  }
  return (
    <div className="nc-tag__form" role="group" aria-label="Span of another coder">
      <p className="nc-tag__readonly" role="note">
        {reason}
      </p>
      {annotation.coder !== CONSENSUS_CODER && (
        <p className="nc-tag__memo">
          Spans keep the coder name they were made under. If this is your own earlier work, set the
          coder name back to “{annotation.coder}” in Settings to change it.
        </p>
      )}
      <blockquote className="nc-tag__quote">
        “{truncateText(annotation.exact, QUOTE_CHARS)}”
      </blockquote>
      {chips.length > 0 ? (
        <dl className="nc-tag__codes">
          {chips.map((chip) => (
            <div key={chip.dimensionId}>
              <dt>{chip.dimensionName}</dt>
              <dd>{chip.text}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="nc-tag__memo">No codes.</p>
      )}
      {annotation.memo !== '' && <p className="nc-tag__memo">Memo: {annotation.memo}</p>}
      <div className="nc-tag__actions">
        <button type="button" className="nc-button" onClick={close}>
          Close
        </button>
      </div>
    </div>
  )
}
