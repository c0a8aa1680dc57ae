/**
 * A text quote selector (W3C Web Annotation, as hypothesis stores it): the quoted text and a few
 * characters either side, enough to find the span again if the offsets stop holding.
 */
export type TextQuote = { exact: string; prefix: string; suffix: string }

/** A span of canonical text (UTF-16 offsets, `end` exclusive) described by position and quote. */
export type SpanDescription = TextQuote & { start: number; end: number }

/** Where a quote was found and how well it matched, from 0 (nothing) to 1 (quote, context, place). */
export type QuoteMatch = { start: number; end: number; score: number }

/**
 * How an annotation was anchored in a document text:
 * - `exact`: the text is the one the offsets were taken in (same hash);
 * - `verified`: the text differs but the offsets still cover the quoted text;
 * - `fuzzy`: the quote was found elsewhere (or slightly changed) and the offsets were moved;
 * - `orphan`: the quote was not found; the stored offsets are kept and must not be trusted.
 */
export type AnchorStatus = 'exact' | 'verified' | 'fuzzy' | 'orphan'

/** The result of anchoring an annotation: its status and the offsets to use. */
export type Anchor = { status: AnchorStatus; start: number; end: number }

/** What anchoring needs from a stored annotation. */
export type AnchorableAnnotation = SpanDescription & { textHash: string }
