import { CONSENSUS_CODER } from '../../shared/agreement/consensusCoder'
import { describeSpan } from '../../shared/anchoring/describeSpan'
import type { Annotation, CodedValue } from '../../shared/domain/annotation'
import type { AdjudicationDecision } from '../../shared/domain/projectSettings'
import { decisionsKey } from '../../shared/domain/projectSettings'
import { db } from '../db/NewscoderDb'
import { loadDocumentText } from '../db/loadDocumentText'
import { announceAnnotationChange } from './annotationEvents'
import { cleanValues, hasCodes } from './annotationActions'

/** How a consensus came about: accepted as it was, a coder's version edited, or 'free-form'. */
export type DecisionBasis = AdjudicationDecision['basis'] & string

export { decisionsKey }
export type { AdjudicationDecision }

/** The project's recorded decisions, oldest first. */
export async function loadDecisions(projectId: string): Promise<AdjudicationDecision[]> {
  const row = await db.settings.get(decisionsKey(projectId))
  return (row?.value as AdjudicationDecision[] | undefined) ?? []
}

/** What a consensus is made of: a range, codes and memo, and where they came from. */
export type ConsensusInput = {
  documentId: string
  start: number
  end: number
  values: Record<string, CodedValue>
  memo: string
  unitSpanIds: string[]
  from: Annotation | null
  /** Default: 'accepted' with a `from` version, else 'free-form'. */
  basis?: DecisionBasis
  reason: string
  decidedBy: string
}

/**
 * Stores a consensus annotation (coder `Consensus`) and its decision record (who, when, from
 * whose version, how, why) in one transaction,
 * replacing an earlier consensus of the same unit (the old one goes to the trash, its record
 * stays: the history of decisions is kept). Returns the new consensus annotation.
 */
export async function recordConsensus(input: ConsensusInput): Promise<Annotation> {
  const reason = input.reason.trim()
  if (reason === '') throw new Error('Give a reason for the decision.')
  const basis = input.basis ?? (input.from ? 'accepted' : 'free-form')
  if (basis !== 'accepted' && !hasCodes({ values: input.values, memo: input.memo })) {
    throw new Error('Choose at least one consensus code or write a memo.')
  }
  const [doc, text] = await Promise.all([
    db.documents.get(input.documentId),
    loadDocumentText(input.documentId),
  ])
  if (!doc || text === undefined) throw new Error('This document no longer exists.')
  const codebook = await db.codebooks.where('projectId').equals(doc.projectId).first()
  const now = Date.now()
  const consensus: Annotation = {
    id: crypto.randomUUID(),
    projectId: doc.projectId,
    documentId: doc.id,
    coder: CONSENSUS_CODER,
    ...describeSpan(text, input.start, input.end),
    textHash: doc.textHash,
    values: cleanValues(input.values),
    memo: input.memo.trim(),
    codebookVersion: codebook?.version ?? 1,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  }
  const replaced = await db.transaction('rw', db.annotations, db.settings, async () => {
    const decisions = await loadDecisions(doc.projectId)
    const unit = new Set(input.unitSpanIds)
    const earlier = decisions
      .filter((d) => d.unitSpanIds.some((id) => unit.has(id)))
      .map((d) => d.consensusId)
    const stale = (await db.annotations.bulkGet(earlier)).filter(
      (a) => a && a.deletedAt === null,
    ) as Annotation[]
    for (const old of stale) await db.annotations.update(old.id, { deletedAt: now, updatedAt: now })
    await db.annotations.add(consensus)
    const decision: AdjudicationDecision = {
      consensusId: consensus.id,
      documentId: doc.id,
      unitSpanIds: input.unitSpanIds,
      fromCoder: input.from?.coder ?? null,
      fromAnnotationId: input.from?.id ?? null,
      basis,
      reason,
      decidedBy: input.decidedBy,
      decidedAt: now,
    }
    await db.settings.put({ key: decisionsKey(doc.projectId), value: [...decisions, decision] })
    return stale
  })
  for (const old of replaced)
    announceAnnotationChange({ documentId: doc.id, kind: 'remove', id: old.id })
  announceAnnotationChange({ documentId: doc.id, kind: 'upsert', annotation: consensus })
  return consensus
}

/** "Accept <coder>'s version": the consensus takes that annotation's range, codes and memo. */
export function acceptVersion(
  source: Annotation,
  unitSpanIds: string[],
  reason: string,
  decidedBy: string,
): Promise<Annotation> {
  return recordConsensus({
    documentId: source.documentId,
    start: source.start,
    end: source.end,
    values: source.values,
    memo: source.memo,
    unitSpanIds,
    from: source,
    reason,
    decidedBy,
  })
}

/** What the adjudicator wrote in the consensus form: codes, memo and the span's boundaries. */
export type ConsensusDraft = {
  start: number
  end: number
  values: Record<string, CodedValue>
  memo: string
}

/**
 * The consensus form's decision: values written from scratch (`from` null, basis 'free-form') or
 * edited from one coder's version (basis 'edited', recorded with that coder). Needs a reason and
 * at least one code or a memo.
 */
export function writeConsensus(
  documentId: string,
  draft: ConsensusDraft,
  from: Annotation | null,
  unitSpanIds: string[],
  reason: string,
  decidedBy: string,
): Promise<Annotation> {
  return recordConsensus({
    documentId,
    ...draft,
    unitSpanIds,
    from,
    basis: from ? 'edited' : 'free-form',
    reason,
    decidedBy,
  })
}
