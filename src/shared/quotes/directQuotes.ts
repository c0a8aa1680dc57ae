import type { TextRange } from '../domain/quoteSuggestion'
import { attributionAfter, gapIsAttribution, subjectOfCue } from './attribution'
import { cuesIn, type Draft, paragraphAt, type TextFacts } from './draft'
import { mentionAfterAccordingTo, sentenceSubject } from './mentions'
import type { Quotation } from './quotations'
import type { SentenceIndex } from './sentenceIndex'
import { tokenize } from './words'
import { looksFinite } from './finiteClause'

/** A quotation standing alone with no cue is someone's words only if it has this many words. */
const MIN_FLOATING_WORDS = 4

/** Most words after a quote that ends its content before the sentence ends ("as quoted by Greek Reporter"). */
const MAX_TAIL_WORDS = 8

const words = (text: string, from: number, to: number) =>
  tokenize(text, from, to).filter((t) => t.word).length

/** Where the attribution text between two quotations may end: nothing but punctuation. */
const lastContentChar = (text: string, q: Quotation) =>
  text[(q.parts[q.parts.length - 1] as TextRange).end - 1] ?? ''

/**
 * Two quotations of one paragraph that are one split quote: the first ends with a comma or a
 * dash, and the text between them is the first one's attribution (a cue, its mention and short
 * adverbials), ending the sentence or not: `“A,” Mayorkas said, “B.”`, `"A," he said. "B."`; or,
 * with no punctuation at all, the second part goes on in lower case (`"We stand ready" tweeted
 * Johnson "to provide …"`).
 */
function splitAttribution(facts: TextFacts, a: Quotation, b: Quotation) {
  const { text } = facts
  if (!a.closed || paragraphAt(facts, a.open) !== paragraphAt(facts, b.open)) return null
  const between = text.slice(a.end, b.open)
  const commaSplit =
    (/[,—–-]$/u.test(lastContentChar(text, a)) || /^\s*,/u.test(between)) &&
    /[,.:]\s*$/u.test(between)
  // `"We stand ready" tweeted Johnson "to provide …"`: no commas, the quote resumes in lower case.
  const bareSplit =
    /^\s+[^,.:;]+\s+$/u.test(between) &&
    !/[.!?]$/u.test(lastContentChar(text, a)) &&
    /^\p{Ll}/u.test(text[b.parts[0]!.start] ?? '')
  if (!commaSplit && !bareSplit) return null
  const found = attributionAfter(facts, a.end, b.open)
  if (found === null || found.cue.role === 'naming') return null
  // Nothing but the attribution: no second cue, no other sentence.
  if (cuesIn(facts, found.cue.end, b.open).length > 0) return null
  if (words(text, a.end, b.open) > 14) return null
  return found
}

/** The words of the sentence holding `at`, clamped to `within` (a quote's part for nested quotes). */
function sentenceAround(index: SentenceIndex, at: number, within: TextRange): TextRange {
  const s = index.at(at) ?? within
  return { start: Math.max(s.start, within.start), end: Math.min(s.end, within.end) }
}

/**
 * Direct quotes: quotations that are the whole reported content, with their attribution.
 * - split quotes around their attribution become one quote with several parts;
 * - `"…," X said` / `"…," said X` (attribution after), `X said, "…"` / `X told Reuters "…"`
 *   (attribution before, the quotation running to the end of the sentence) → rule `marks+cue`;
 * - a quotation after a colon with no cue (`he appreciated …: "…"`), or opening a paragraph after
 *   one that ends with a colon (`Feere told The Washington Times:`) → rule `marks+intro`;
 * - a quotation that is a whole sentence, with no cue, right after another direct quote (same or
 *   previous paragraph) → rule `marks+previous`, with that quote's speaker.
 * `quotations` are the ones to read (top level, or the single quotes inside one double quote);
 * `within` limits the sentence context to that double quote's part for nested ones. Quotations in
 * the headline, quotations inside a sentence (fragments) and scare quotes are left to the other
 * rules, or to nobody. Returns the drafts and the quotations they used.
 */
export function directQuotes(
  facts: TextFacts,
  quotations: readonly Quotation[],
  index: SentenceIndex,
  within: (q: Quotation) => TextRange,
): { drafts: Draft[]; used: Set<Quotation> } {
  const { text } = facts
  const drafts: Draft[] = []
  const used = new Set<Quotation>()
  let previous: Draft | null = null

  for (let i = 0; i < quotations.length; i++) {
    const q = quotations[i] as Quotation
    if (q.open < facts.bodyStart) continue
    const next = quotations[i + 1]
    const split = next !== undefined ? splitAttribution(facts, q, next) : null
    if (split !== null && next !== undefined) {
      const draft: Draft = {
        parts: [...q.parts, ...next.parts],
        kind: 'direct',
        rule: 'marks+cue',
        cue: split.cue,
        ...(split.mention !== null ? { mention: split.mention } : {}),
      }
      drafts.push(draft)
      used.add(q).add(next)
      previous = draft
      i++
      continue
    }

    const bounds = within(q)
    const opening = sentenceAround(index, q.open, bounds)
    const closing = sentenceAround(index, Math.max(q.open, q.end - 1), bounds)
    const laterQuote = quotations.find((o) => o.open > q.open && o.open < closing.end)
    const afterEnd = laterQuote !== undefined ? laterQuote.open : closing.end
    const before = text.slice(opening.start, q.open).trim()
    const tail = text.slice(q.end, afterEnd)
    const endsSentence = words(text, q.end, afterEnd) === 0

    let draft: Draft | null = null
    const after =
      before === '' || before.endsWith(',') ? attributionAfter(facts, q.end, afterEnd) : null
    const cueBefore = cuesIn(facts, opening.start, q.open).at(-1)
    if (
      after !== null &&
      /^\s*[,—–-]?\s*\S/u.test(tail) &&
      (before === '' || cueBefore === undefined)
    ) {
      draft = {
        parts: q.parts,
        kind: 'direct',
        rule: 'marks+cue',
        cue: after.cue,
        ...(after.mention ? { mention: after.mention } : {}),
      }
    } else if (
      cueBefore !== undefined &&
      cueBefore.role !== 'naming' &&
      gapIsAttribution(text, cueBefore, q.open) &&
      words(text, q.end, afterEnd) <= MAX_TAIL_WORDS &&
      cuesIn(facts, q.end, afterEnd).every((c) => c.role !== 'clause')
    ) {
      const mention = subjectOfCue(facts, opening.start, cueBefore)
      // `said "A" and "B."`: one cue, two quoted stretches, one quote.
      const joined =
        laterQuote !== undefined && /^\s*,?\s*(and\s+)?$/u.test(text.slice(q.end, laterQuote.open))
          ? laterQuote
          : undefined
      draft = {
        parts: joined ? [...q.parts, ...joined.parts] : q.parts,
        kind: 'direct',
        rule: 'marks+cue',
        cue: cueBefore,
        ...(mention ? { mention } : {}),
      }
      if (joined !== undefined) {
        used.add(joined)
        i = quotations.indexOf(joined)
      }
    } else if (
      (before.endsWith(':') || (before.endsWith(',') && introducesQuote(text, opening.start, q))) &&
      endsSentence
    ) {
      const mention = sentenceSubject(text, opening.start, q.open)
      draft = {
        parts: q.parts,
        kind: 'direct',
        rule: 'marks+intro',
        ...(mention ? { mention } : {}),
      }
    } else if (before === '' && endsSentence) {
      const intro = introFromPreviousParagraph(facts, q)
      const next = attributionInNextSentence(facts, index, q, bounds)
      if (next !== null)
        draft = {
          parts: q.parts,
          kind: 'direct',
          rule: 'marks+cue',
          cue: next.cue,
          ...(next.mention ? { mention: next.mention } : {}),
        }
      else if (intro !== null) draft = { ...intro, parts: q.parts }
      else if (
        previous !== null &&
        words(text, q.open, q.end) >= MIN_FLOATING_WORDS &&
        closeTo(facts, previous, q)
      ) {
        draft = { parts: q.parts, kind: 'direct', rule: 'marks+previous', sameSpeakerAs: previous }
      }
    }
    if (draft !== null) {
      drafts.push(draft)
      used.add(q)
      previous = draft
    }
  }
  return { drafts, used }
}

/** Most words of a sentence that is only an attribution ("Macron told the world on Thursday via Twitter."). */
const MAX_ATTRIBUTION_SENTENCE_WORDS = 14

/**
 * The attribution of a quotation that ends its own sentence with a full stop, question or
 * exclamation mark, when the next sentence of the paragraph is nothing but that attribution:
 * `"… in two days!" Macron told the world on Thursday via Twitter.`, `"… demands a trial."
 * Pelosi said.` The next sentence must be short, quote nothing, and have no clause after its cue
 * (`He said the talks would go on.` reports something else).
 */
function attributionInNextSentence(
  facts: TextFacts,
  index: SentenceIndex,
  q: Quotation,
  bounds: TextRange,
) {
  const { text } = facts
  if (!/[.!?]$/u.test(lastContentChar(text, q))) return null
  const next = index.at(q.end)
  if (next === null || next.start < q.end || next.end > bounds.end) return null
  if (/\n/u.test(text.slice(q.end, next.start)) || /["“”]/u.test(text.slice(next.start, next.end)))
    return null
  if (words(text, next.start, next.end) > MAX_ATTRIBUTION_SENTENCE_WORDS) return null
  const found = attributionAfter(facts, next.start, next.end)
  if (found === null || found.mention === null) return null
  if (looksFinite(tokenize(text, found.cue.end, next.end))) return null
  return found
}

/**
 * Whether a clause ending in a comma introduces a whole quoted sentence with a verb that is no
 * cue (`Trump, also on Twitter, defended his decision, "As I have stated …"`): the quotation
 * starts with a capital letter and has at least `MIN_FLOATING_WORDS` words, and the words
 * before it are a clause of their own.
 */
function introducesQuote(text: string, sentenceStart: number, q: Quotation): boolean {
  const first = q.parts[0] as TextRange
  return (
    /^\p{Lu}/u.test(text[first.start] ?? '') &&
    words(text, q.open, q.end) >= MIN_FLOATING_WORDS &&
    looksFinite(tokenize(text, sentenceStart, q.open), 40)
  )
}

/** Whether quotation `q` is in the same paragraph as draft `d` or the next one. */
function closeTo(facts: TextFacts, d: Draft, q: Quotation): boolean {
  const last = d.parts[d.parts.length - 1] as TextRange
  const p = facts.paragraphs.findIndex((r) => last.start >= r.start && last.start <= r.end)
  const here = facts.paragraphs.findIndex((r) => q.open >= r.start && q.open <= r.end)
  return here - p <= 1
}

/**
 * A quotation that opens its paragraph, after a paragraph whose last sentence ends with a colon
 * (`One of those professors, Ahilan Arulananthem, told The Washington Times:`): that sentence's
 * cue and subject are its attribution.
 */
function introFromPreviousParagraph(facts: TextFacts, q: Quotation): Omit<Draft, 'parts'> | null {
  const { text } = facts
  const p = facts.paragraphs.findIndex((r) => r.start === q.open)
  const prev = facts.paragraphs[p - 1]
  if (p <= 0 || prev === undefined || !text.slice(prev.start, prev.end).trimEnd().endsWith(':'))
    return null
  if (prev.start < facts.bodyStart) return null
  const sentence = facts.sentences.at(prev.end - 1) ?? prev
  // "…, according to The Washington Times:" attributes the quoted paragraphs to the newspaper.
  const according = /according to\s+([^,:]+):\s*$/iu.exec(text.slice(sentence.start, prev.end))
  if (according !== null) {
    const at = sentence.start + according.index
    const mention = mentionAfterAccordingTo(text, at + 'according to'.length, prev.end)
    return {
      kind: 'direct',
      rule: 'marks+intro',
      cue: { start: at, end: at + 'according to'.length },
      ...(mention !== null ? { mention } : {}),
    }
  }
  const cue = cuesIn(facts, sentence.start, prev.end).at(-1)
  const mention =
    cue !== undefined
      ? subjectOfCue(facts, sentence.start, cue)
      : sentenceSubject(text, sentence.start, prev.end)
  return {
    kind: 'direct',
    rule: 'marks+intro',
    ...(cue !== undefined ? { cue } : {}),
    ...(mention !== null ? { mention } : {}),
  }
}
