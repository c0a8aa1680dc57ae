import type { Expression } from 'fuse.js'

/**
 * Turns what the user typed into a Fuse logical query: every word must match, fuzzily, the label
 * or a keyword, in any order — so "against stance" finds "Stance: Against" and a long query does
 * not fail as one pattern over Fuse's 32-character limit. Words are plain patterns, never
 * extended-search operators, so a title with an apostrophe or a "!" is searched as written.
 */
export function paletteQuery(query: string): Expression {
  const words = query
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '')
  const either = (word: string): Expression => {
    const label: Expression = { label: word }
    const keywords: Expression = { keywords: word }
    return { $or: [label, keywords] }
  }
  return { $and: words.map(either) }
}
