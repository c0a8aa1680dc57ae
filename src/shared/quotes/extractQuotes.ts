import type { QuoteSuggestion, TextRange } from '../domain/quoteSuggestion'
import { directQuotes } from './directQuotes'
import type { Draft, TextFacts } from './draft'
import { namingFragments } from './namingFragments'
import { findQuotations, paragraphsOf, type Quotation } from './quotations'
import { reportedClauses } from './reportedClauses'
import { findCues } from './reportingCues'
import { resolveSpeakers } from './resolveSpeakers'
import { RULE_CONFIDENCE } from './ruleConfidence'
import { sentenceIndex } from './sentenceIndex'

/** A first paragraph longer than this is body text, not a headline. */
const MAX_HEADLINE_LENGTH = 300

/**
 * Where the body starts: after the first paragraph when it reads as a headline (canonical text
 * starts with the headline; guidelines §2: nothing in a headline is a quote), that is when more
 * paragraphs follow and it is short and does not end like a sentence; else 0.
 */
function bodyStartOf(text: string, paragraphs: readonly TextRange[]): number {
  const first = paragraphs[0]
  if (first === undefined || paragraphs.length < 2) return 0
  const line = text.slice(first.start, first.end)
  return line.length <= MAX_HEADLINE_LENGTH && !/[.!?]["”’]?$/u.test(line)
    ? (paragraphs[1] as TextRange).start
    : 0
}

/**
 * Proposes the quotes of a news text, offline and deterministically, by rules (ADR 0018):
 * direct quotes from paired quotation marks and their attribution (`directQuotes`, also inside
 * another quote), mixed quotes from quoted fragments after naming cues (`namingFragments`),
 * indirect and mixed quotes from reported clauses (`reportedClauses`), then speakers
 * (`resolveSpeakers`). Returns the suggestions in text order; offsets are UTF-16 offsets into
 * `text`. Pure: no I/O, no globals, safe in a Web Worker.
 */
export function extractQuotes(text: string): QuoteSuggestion[] {
  const quotations = findQuotations(text)
  const top = quotations.filter((q) => q.parent === -1)
  const paragraphs = paragraphsOf(text)
  const facts: TextFacts = {
    text,
    quotations,
    sentences: sentenceIndex(text, top),
    nestedSentences: sentenceIndex(
      text,
      quotations.filter((q) => q.parent !== -1),
    ),
    paragraphs,
    cues: findCues(text),
    bodyStart: bodyStartOf(text, paragraphs),
  }
  const paragraphOf = (q: Quotation): TextRange =>
    paragraphs.find((p) => q.open >= p.start && q.open < p.end) ?? { start: 0, end: text.length }
  const direct = directQuotes(facts, top, facts.sentences, paragraphOf)
  const nested: Draft[] = []
  const children = new Map<number, Quotation[]>()
  for (const q of quotations)
    if (q.parent !== -1) children.set(q.parent, [...(children.get(q.parent) ?? []), q])
  children.forEach((inner, index) => {
    const outer = quotations[index] as Quotation
    const partOf = (q: Quotation): TextRange =>
      outer.parts.find((p) => q.open >= p.start && q.open < p.end) ?? outer.parts[0]!
    nested.push(...directQuotes(facts, inner, facts.nestedSentences, partOf).drafts)
  })
  const free = top.filter((q) => !direct.used.has(q))
  const naming = namingFragments(facts, free)
  const rest = free.filter((q) => !naming.used.has(q))
  const clauses = reportedClauses(facts, [...direct.drafts, ...naming.drafts], rest)
  const drafts = [...direct.drafts, ...nested, ...naming.drafts, ...clauses]
  resolveSpeakers(facts, drafts)
  return drafts
    .sort((a, b) => (a.parts[0] as TextRange).start - (b.parts[0] as TextRange).start)
    .map((d) => ({
      parts: d.parts.map((p) => ({ start: p.start, end: p.end })),
      kind: d.kind,
      ...(d.cue ? { cue: { start: d.cue.start, end: d.cue.end } } : {}),
      ...(d.mention ? { mention: { start: d.mention.start, end: d.mention.end } } : {}),
      ...(d.speakerName ? { speakerName: d.speakerName } : {}),
      confidence: RULE_CONFIDENCE[d.rule],
      rule: d.rule,
    }))
}
