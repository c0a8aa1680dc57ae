import { sentenceIndexAt, splitSentences } from '../agreement/splitSentences'
import type { TextRange } from '../domain/quoteSuggestion'
import type { Quotation } from './quotations'

/** Sentences of a text, found with quoted words hidden, and a lookup by offset. */
export type SentenceIndex = {
  sentences: TextRange[]
  /** The sentence holding `offset` (or the next one after it); null past the last. */
  at(offset: number): TextRange | null
}

/**
 * Splits `text` into sentences (`splitSentences`, the agreement module's deterministic
 * splitter) after replacing the words inside `quotations` by "x", so that full stops inside a
 * quote never end the sentence that carries it: `X said, "A. B." Then…` is one sentence up to
 * the closing mark. Sentence punctuation at the very end of a quoted part is kept (with closing
 * brackets after it: "[.]"), so that a quote that ends its sentence still ends it. Offsets are
 * unchanged.
 */
export function sentenceIndex(text: string, quotations: readonly Quotation[]): SentenceIndex {
  const parts = quotations.flatMap((q) => q.parts).sort((a, b) => a.start - b.start)
  let masked = ''
  let at = 0
  for (const part of parts) {
    if (part.start < at) continue
    // The sentence punctuation that ends the part stays, with brackets after it ("[.]").
    const ending = /[.!?…][\])]*$/u.exec(text.slice(part.start, part.end))?.[0].length ?? 0
    masked += text.slice(at, part.start) + 'x'.repeat(part.end - ending - part.start)
    at = part.end - ending
  }
  masked += text.slice(at)
  const sentences = splitSentences(masked)
  return {
    sentences,
    at(offset) {
      const i = sentenceIndexAt(sentences, offset)
      return i === -1 ? null : (sentences[i] as TextRange)
    },
  }
}
