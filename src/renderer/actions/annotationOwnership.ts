import { CONSENSUS_CODER } from '../../shared/agreement/consensusCoder'
import type { Annotation } from '../../shared/domain/annotation'
import { SAMPLE_CODER } from '../../shared/domain/sampleCoder'

// The sample project's example spans are a sandbox for learning to code: anyone may change them.
const isOwn = (annotation: Pick<Annotation, 'coder'>, coder: string): boolean =>
  annotation.coder === coder || annotation.coder === SAMPLE_CODER

/**
 * Why `coder` may not change `annotation`, as a short label for the reader and the panels
 * ("Coded by Ben — read-only"), or null when it is the coder's own span (or one of the sample
 * project's examples). Each coder's work is
 * theirs: showing other coders' layers must not let anyone rewrite them, and the Consensus layer
 * changes only through adjudication, where every decision is recorded.
 */
export function readOnlyReason(
  annotation: Pick<Annotation, 'coder'>,
  coder: string,
): string | null {
  if (isOwn(annotation, coder)) return null
  if (annotation.coder === CONSENSUS_CODER) return 'Consensus layer — change it in Adjudication'
  return `Coded by ${annotation.coder} — read-only`
}

/**
 * Throws a user-facing Error when `coder` may not edit or delete `annotation` (see
 * `readOnlyReason`); the actions call it so that no path around the UI can change another
 * coder's span.
 */
export function assertOwnAnnotation(annotation: Pick<Annotation, 'coder'>, coder: string): void {
  if (isOwn(annotation, coder)) return
  if (annotation.coder === CONSENSUS_CODER) {
    throw new Error('This span belongs to the Consensus layer; change it through Adjudication.')
  }
  throw new Error(
    `This span was coded by ${annotation.coder}; only ${annotation.coder} can change or delete it.`,
  )
}
