import { matchQuote } from './matchQuote'
import type { Anchor, AnchorableAnnotation } from './types'

/**
 * Anchors a stored annotation in a document text, in the order the architecture prescribes:
 * 1. the text has the hash the annotation recorded → its offsets, `exact`;
 * 2. else the offsets still cover the quoted text → its offsets, `verified`;
 * 3. else the quote is found by `matchQuote` (near the old offsets) → the new offsets, `fuzzy`;
 * 4. else `orphan` with the stored offsets unchanged: an annotation is never silently moved or
 *    dropped; the UI lists orphans for the coder to fix.
 * Offsets outside the text never count as `exact` or `verified`.
 */
export function anchorAnnotation(text: string, textHash: string, a: AnchorableAnnotation): Anchor {
  const inRange = a.start >= 0 && a.end <= text.length && a.start < a.end
  if (inRange && a.textHash === textHash) return { status: 'exact', start: a.start, end: a.end }
  if (inRange && text.slice(a.start, a.end) === a.exact) {
    return { status: 'verified', start: a.start, end: a.end }
  }
  const match = matchQuote(text, a, a.start)
  if (match !== null) return { status: 'fuzzy', start: match.start, end: match.end }
  return { status: 'orphan', start: a.start, end: a.end }
}
