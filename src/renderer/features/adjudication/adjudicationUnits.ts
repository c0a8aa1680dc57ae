import { CONSENSUS_CODER } from '../../../shared/agreement/consensusCoder'
import type { MatchingRule } from '../../../shared/agreement/matchingRule'
import { matchSpans } from '../../../shared/agreement/matchSpans'
import { splitSentences } from '../../../shared/agreement/splitSentences'
import type { Annotation } from '../../../shared/domain/annotation'
import type { AdjudicationDecision } from '../../actions/adjudicationActions'

/** A unit to adjudicate: the coders' matching spans and the latest decision on it, if any. */
export type AdjudicationUnit = {
  key: string
  spans: Annotation[]
  decision: AdjudicationDecision | null
}

/**
 * The units of one document for adjudication: the chosen coders' spans (never the consensus
 * layer itself) matched under `rule`, in text order; a unit of one span is unmatched. Each unit
 * carries the latest decision that covered any of its spans.
 */
export function adjudicationUnits(
  annotations: readonly Annotation[],
  coders: ReadonlySet<string>,
  rule: MatchingRule,
  text: string,
  decisions: readonly AdjudicationDecision[],
): AdjudicationUnit[] {
  const spans = annotations.filter((a) => a.coder !== CONSENSUS_CODER && coders.has(a.coder))
  const sentences = rule.kind === 'sentence' ? splitSentences(text) : undefined
  return matchSpans(spans, rule, sentences).map((unit) => {
    const ids = new Set(unit.spans.map((s) => s.id))
    let decision: AdjudicationDecision | null = null
    for (const d of decisions) if (d.unitSpanIds.some((id) => ids.has(id))) decision = d
    return { key: unit.spans.map((s) => s.id).join('+'), spans: unit.spans, decision }
  })
}
