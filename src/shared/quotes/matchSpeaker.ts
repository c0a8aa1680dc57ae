import { foldForSearch } from '../speakers/foldForSearch'
import { TITLES } from './words'

/** What `matchSpeaker` needs of a registry entry (a `Speaker` has it). */
export type SpeakerEntry = { name: string; aliases: readonly string[] }

/**
 * The outcome of matching a mention to the registry: one speaker (and how), several equally good
 * ones (the coder chooses; the engine never guesses), or none (offer to create it).
 */
export type SpeakerMatch<S extends SpeakerEntry> =
  | { kind: 'match'; speaker: S; by: 'name' | 'title' | 'surname' }
  | { kind: 'ambiguous'; candidates: S[]; by: 'name' | 'title' | 'surname' }
  | { kind: 'none' }

/** Folded words of a name: accents, case, punctuation and a possessive ending gone. */
function words(value: string): string[] {
  return foldForSearch(value)
    .replace(/['’]s\b/gu, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w !== '')
}

/** Without leading articles: "the army" and "army" are one name. */
function withoutArticle(list: readonly string[]): string[] {
  return list.length > 1 && /^(the|a|an)$/u.test(list[0] as string) ? list.slice(1) : [...list]
}

/** Without titles anywhere ("mr mayorkas" → "mayorkas", "secretary alejandro mayorkas" → …). */
function withoutTitles(list: readonly string[]): string[] {
  const kept = list.filter((w) => !TITLES.has(w))
  return kept.length > 0 ? kept : [...list]
}

function unique<S>(list: readonly S[]): S[] {
  return [...new Set(list)]
}

function outcome<S extends SpeakerEntry>(
  found: readonly S[],
  by: 'name' | 'title' | 'surname',
): SpeakerMatch<S> | null {
  const list = unique(found)
  if (list.length === 0) return null
  if (list.length === 1) return { kind: 'match', speaker: list[0] as S, by }
  return { kind: 'ambiguous', candidates: list, by }
}

/**
 * Matches a speaker mention or suggested name ("Mr. Mayorkas", "Secretary Alejandro Mayorkas",
 * "ERDOGAN", "the army") to a project's speaker registry by name and aliases, ignoring case,
 * accents (foldForSearch), punctuation, a possessive "'s" and a leading article. In order, the
 * first step that finds anyone decides:
 * 1. `name`: the same words as a name or alias;
 * 2. `title`: the same words once titles are removed from both ("Mr. Mayorkas" and "Secretary
 *    Mayorkas" are both "mayorkas");
 * 3. `surname`: the mention (without titles) is one word, or its words all occur in a name or
 *    alias, and that name's last word equals the mention's last word ("Mayorkas" → "Alejandro
 *    Mayorkas"; "Jessie Liu" → "Jessie K. Liu"); or a whole registry name occurs in a longer
 *    mention ("United States Attorney Jessie K. Liu").
 * Several speakers at the first step that finds any → `ambiguous` with all of them: two
 * Mayorkases are never resolved by guessing. An empty mention matches nobody.
 */
export function matchSpeaker<S extends SpeakerEntry>(
  mention: string,
  registry: readonly S[],
): SpeakerMatch<S> {
  const m = withoutArticle(words(mention))
  if (m.length === 0) return { kind: 'none' }
  const key = (list: readonly string[]) => list.join(' ')
  const namesOf = (s: S) =>
    [s.name, ...s.aliases].map((n) => withoutArticle(words(n))).filter((n) => n.length > 0)

  const exact = registry.filter((s) => namesOf(s).some((n) => key(n) === key(m)))
  const byName = outcome(exact, 'name')
  if (byName !== null) return byName

  const bare = withoutTitles(m)
  const titled = registry.filter((s) => namesOf(s).some((n) => key(withoutTitles(n)) === key(bare)))
  const byTitle = outcome(titled, 'title')
  if (byTitle !== null) return byTitle

  const surname = bare[bare.length - 1] as string
  const contained = registry.filter((s) =>
    namesOf(s).some((n) => {
      const name = withoutTitles(n)
      const last = name[name.length - 1]
      const mentionInName = last === surname && bare.every((w) => name.includes(w))
      const nameInMention = name.length >= 2 && name.every((w) => bare.includes(w))
      return mentionInName || nameInMention
    }),
  )
  return outcome(contained, 'surname') ?? { kind: 'none' }
}
