import type { QuoteKind, QuoteRule, TextRange } from '../domain/quoteSuggestion'
import type { Quotation } from './quotations'
import type { Cue } from './reportingCues'
import type { SentenceIndex } from './sentenceIndex'

/** A quote the rules found, before its speaker is resolved and its confidence set. */
export type Draft = {
  parts: TextRange[]
  kind: QuoteKind
  rule: QuoteRule
  cue?: TextRange
  mention?: TextRange
  /** Set for quotes with no attribution of their own: they take this earlier quote's speaker. */
  sameSpeakerAs?: Draft
  speakerName?: string
}

/** What every rule reads: the text and what was found in it once. */
export type TextFacts = {
  text: string
  quotations: Quotation[]
  /** Sentences with top-level quotations hidden (see `sentenceIndex`). */
  sentences: SentenceIndex
  /** Sentences with only the single quotes inside double ones hidden, for nested quotes. */
  nestedSentences: SentenceIndex
  paragraphs: TextRange[]
  /** Every reporting cue in the text, in order. */
  cues: Cue[]
  /** Offset where the body starts: after the headline, or 0 when the text has none. */
  bodyStart: number
}

/** The quotation whose parts hold `offset`, or undefined. */
export function quotationAt(facts: TextFacts, offset: number): Quotation | undefined {
  return facts.quotations.find(
    (q) => q.parent === -1 && q.parts.some((p) => offset >= p.start && offset < p.end),
  )
}

/** The cues that start in [from, to), in order (binary search in the sorted cues). */
export function cuesIn(facts: TextFacts, from: number, to: number): Cue[] {
  const { cues } = facts
  let lo = 0
  let hi = cues.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((cues[mid] as Cue).start < from) lo = mid + 1
    else hi = mid
  }
  const out: Cue[] = []
  for (let i = lo; i < cues.length && (cues[i] as Cue).start < to; i++) out.push(cues[i] as Cue)
  return out
}

/** The paragraph that holds `offset`. */
export function paragraphAt(facts: TextFacts, offset: number): TextRange | undefined {
  return facts.paragraphs.find((p) => offset >= p.start && offset <= p.end)
}
