import { z } from 'zod'

/** A range of a document's canonical text: UTF-16 offsets, end exclusive, never empty. */
export const textRangeSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .refine((r) => r.end > r.start, { message: 'end must be after start' })

/** A range of text; see `textRangeSchema`. */
export type TextRange = z.infer<typeof textRangeSchema>

/**
 * How a quote renders its source's words (docs/quotes-gold-guidelines.md §1): `direct` (all of
 * the content in quotation marks), `indirect` (paraphrase, no marks), `mixed` (paraphrase with
 * quoted words, or quoted fragments inside the author's sentence).
 */
export const quoteKindSchema = z.enum(['direct', 'indirect', 'mixed'])

/** See `quoteKindSchema`. */
export type QuoteKind = z.infer<typeof quoteKindSchema>

/**
 * Which rule of the extractor proposed a suggestion; its `confidence` is that rule's measured
 * precision (see `src/shared/quotes/ruleConfidence.ts`), so the UI can say why it was proposed.
 */
export const quoteRuleSchema = z.enum([
  /** Quotation marks with a reporting cue and a speaker mention in the same sentence. */
  'marks+cue',
  /** Quotation marks introduced by a colon or by a cue in the paragraph before. */
  'marks+intro',
  /** A quoted paragraph or sentence with no cue, attributed to the previous quote's speaker. */
  'marks+previous',
  /** A reported clause with quoted words in it, or quoted fragments after a naming cue. */
  'mixed',
  /** `X said (that) …`, `…, X said`. */
  'said-clause',
  /** `according to X, …`, `…, according to X`. */
  'according-to',
])

/** See `quoteRuleSchema`. */
export type QuoteRule = z.infer<typeof quoteRuleSchema>

/**
 * A quote the extractor proposes in one text, before any coder has seen it. It crosses the
 * worker boundary, so it is checked with this schema on arrival. Offsets are UTF-16 offsets into
 * the text the extractor was given (the document's canonical text), end exclusive.
 * - `parts`: the quote's content, one range per part, in text order (a split quote has several);
 * - `cue`: the reporting word or phrase ("said", "according to");
 * - `mention`: the words naming the speaker there ("Mayorkas", "he", "a DHS official");
 * - `speakerName`: the name the mention stands for (a pronoun resolved to an earlier name), to be
 *   matched against the project's speaker registry (`matchSpeaker`);
 * - `confidence`: the probability, measured on the hand-coded dev set, that a coder following the
 *   guidelines codes a quote of this kind overlapping these parts (the precision of `rule`).
 */
export const quoteSuggestionSchema = z
  .object({
    parts: z.array(textRangeSchema).min(1),
    kind: quoteKindSchema,
    cue: textRangeSchema.optional(),
    mention: textRangeSchema.optional(),
    speakerName: z.string().min(1).max(300).optional(),
    confidence: z.number().min(0).max(1),
    rule: quoteRuleSchema,
  })
  .refine((q) => q.parts.every((p, i) => i === 0 || p.start >= (q.parts[i - 1] as TextRange).end), {
    message: 'parts must be in text order and must not overlap',
  })

/** See `quoteSuggestionSchema`. */
export type QuoteSuggestion = z.infer<typeof quoteSuggestionSchema>
