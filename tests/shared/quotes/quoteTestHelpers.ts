import type { QuoteSuggestion } from '../../../src/shared/domain/quoteSuggestion'

/** A suggestion as the words it covers, for readable assertions. */
export type QuoteWords = {
  kind: QuoteSuggestion['kind']
  parts: string[]
  cue?: string
  mention?: string
  speakerName?: string
}

/** Every suggestion of `text` as the words it covers. */
export function asWords(text: string, suggestions: readonly QuoteSuggestion[]): QuoteWords[] {
  const slice = (r: { start: number; end: number }) => text.slice(r.start, r.end)
  return suggestions.map((s) => ({
    kind: s.kind,
    parts: s.parts.map(slice),
    ...(s.cue ? { cue: slice(s.cue) } : {}),
    ...(s.mention ? { mention: slice(s.mention) } : {}),
    ...(s.speakerName ? { speakerName: s.speakerName } : {}),
  }))
}

/** A canonical text: a headline paragraph, then the given paragraphs. */
export function article(...paragraphs: string[]): string {
  return ['A headline without a full stop', ...paragraphs].join('\n\n')
}
