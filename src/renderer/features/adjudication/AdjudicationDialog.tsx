import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState } from 'react'
import type { MatchingRule } from '../../../shared/agreement/matchingRule'
import type { Annotation } from '../../../shared/domain/annotation'
import {
  acceptVersion,
  decisionsKey,
  writeConsensus,
  type AdjudicationDecision,
  type ConsensusDraft,
} from '../../actions/adjudicationActions'
import { db } from '../../db/NewscoderDb'
import { useSession } from '../../state/sessionStore'
import { MatchingRuleFields } from '../agreement/MatchingRuleFields'
import { describeCodes } from '../annotations/describeCodes'
import { useDocumentAnnotations } from '../annotations/useDocumentAnnotations'
import { useProjectCodebook } from '../annotations/useProjectCodebook'
import { useSpeakersById } from '../annotations/useProjectSpeakers'
import { useDocumentText } from '../documents/useDocumentText'
import { errorMessage } from '../shell/errorMessage'
import { Modal } from '../shell/Modal'
import { useCloseOverlay } from '../shell/useCloseOverlay'
import { CONSENSUS_CODER } from '../../../shared/agreement/consensusCoder'
import { adjudicationUnits, type AdjudicationUnit } from './adjudicationUnits'
import { AdjudicationUnitRow } from './AdjudicationUnitRow'
import './adjudication.css'

/**
 * The adjudication view of the open document: two or more coders' spans unit by unit (matched
 * under the chosen rule, unmatched ones flagged). Accepting a version, editing from one or
 * writing a consensus from scratch (the consensus form) writes the consensus layer and records
 * who decided, when, from whose version, how and why.
 */
export function AdjudicationDialog() {
  const projectId = useSession((s) => s.projectId) ?? ''
  const documentId = useSession((s) => s.documentId) ?? ''
  const me = useSession((s) => s.coder)
  const close = useCloseOverlay()
  const annotations = useDocumentAnnotations(documentId)
  const text = useDocumentText(documentId)
  const codebook = useProjectCodebook(projectId)
  const speakersById = useSpeakersById(projectId)
  const decisions = useLiveQuery(
    async () =>
      ((await db.settings.get(decisionsKey(projectId)))?.value as
        AdjudicationDecision[] | undefined) ?? [],
    [projectId],
  )
  const coders = useMemo(
    () =>
      [...new Set((annotations ?? []).map((a) => a.coder))]
        .filter((c) => c !== CONSENSUS_CODER)
        .sort(),
    [annotations],
  )
  const [excluded, setExcluded] = useState<Set<string>>(new Set())
  const [kind, setKind] = useState<MatchingRule['kind']>('overlap')
  const [percent, setPercent] = useState('50')
  const [problem, setProblem] = useState<string | null>(null)

  const rule: MatchingRule =
    kind === 'overlap'
      ? { kind, minOverlap: Math.min(1, Math.max(0.01, Number(percent) / 100 || 0.5)) }
      : { kind }
  const chosen = new Set(coders.filter((c) => !excluded.has(c)))
  const units = useMemo(
    () =>
      adjudicationUnits(
        annotations ?? [],
        chosen,
        rule,
        typeof text === 'string' ? text : '',
        decisions ?? [],
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [annotations, [...chosen].join('\u0000'), kind, percent, text, decisions],
  )
  const dimensions = useMemo(
    () => (codebook?.dimensions ?? []).filter((d) => d.scope === 'span'),
    [codebook],
  )

  // Each decision reports its own problem; true when it was recorded.
  async function decide(task: () => Promise<unknown>): Promise<boolean> {
    setProblem(null)
    try {
      await task()
      return true
    } catch (error) {
      setProblem(errorMessage(error))
      return false
    }
  }

  const accept = (unit: AdjudicationUnit, source: Annotation, reason: string) =>
    decide(() =>
      acceptVersion(
        source,
        unit.spans.map((s) => s.id),
        reason,
        me,
      ),
    )

  const write = (
    unit: AdjudicationUnit,
    draft: ConsensusDraft,
    from: Annotation | null,
    reason: string,
  ) =>
    decide(() =>
      writeConsensus(
        documentId,
        draft,
        from,
        unit.spans.map((s) => s.id),
        reason,
        me,
      ),
    )

  return (
    <Modal title="Adjudicate" onClose={close} className="modal-wide adjudication-dialog">
      {documentId === '' ? (
        <p>Open a document to adjudicate it.</p>
      ) : (
        <>
          <div className="agreement-options">
            <fieldset className="choice-group">
              <legend>Coders</legend>
              {coders.map((c) => (
                <label key={c}>
                  <input
                    type="checkbox"
                    checked={!excluded.has(c)}
                    onChange={(e) => {
                      const next = new Set(excluded)
                      if (e.target.checked) next.delete(c)
                      else next.add(c)
                      setExcluded(next)
                    }}
                  />
                  {c}
                </label>
              ))}
            </fieldset>
            <MatchingRuleFields
              kind={kind}
              percent={percent}
              onKind={setKind}
              onPercent={setPercent}
            />
          </div>
          {problem && (
            <p role="alert" className="form-error">
              {problem}
            </p>
          )}
          {units.length === 0 && <p>No spans of the chosen coders in this document.</p>}
          <ol className="adjudication-units" aria-label="Units to adjudicate">
            {units.map((unit, i) => (
              <AdjudicationUnitRow
                key={unit.key}
                unit={unit}
                index={i}
                projectId={projectId}
                dimensions={dimensions}
                describe={(a) => describeCodes(a.values, dimensions, speakersById)}
                onAccept={accept}
                onWrite={write}
              />
            ))}
          </ol>
        </>
      )}
    </Modal>
  )
}
