import type { TextRange } from '../domain/quoteSuggestion'
import type { Draft, TextFacts } from './draft'
import { pronounOf, speakerKind, speakerNameOf } from './speakerNames'
import { ORGANISATION_WORDS, PRONOUNS, TITLES } from './words'

/** A speaker named earlier in the text, for pronouns and surnames to point back to. */
type Named = { at: number; name: string; kind: 'person' | 'group'; acts?: boolean }

/** Capitalised runs of two or more words (initials and particles too: "Mohammad bin Salman"). */
const NAME_RUN =
  /\b\p{Lu}[\p{L}\p{M}'’-]+(?:\s+(?:(?:bin|ibn|al|de|del|da|van|von|la|le)\s+)?(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]+))+/gu

/** The person's name in a run: after its last title, and at most the last two words of a long run. */
function nameInRun(words: readonly string[]): string[] {
  const lastTitle = words.findLastIndex((w) => TITLES.has(w.toLowerCase().replace(/\.$/u, '')))
  const rest = lastTitle === -1 ? [...words] : words.slice(lastTitle + 1)
  return rest.length > 3 ? rest.slice(-2) : rest
}

/** Whether `at` lies in one of `parts` (sorted by start, not overlapping): binary search. */
function within(parts: readonly TextRange[], at: number): boolean {
  let lo = 0
  let hi = parts.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((parts[mid] as TextRange).end <= at) lo = mid + 1
    else hi = mid
  }
  const p = parts[lo]
  return p !== undefined && p.start <= at
}

/** What follows a name of a person acting in the narration: an apposition or a verb. */
const ACTS =
  /^(?:,\s|\s+\p{Ll}+(?:ed|s)\b|\s+(?:said|told|was|is|has|had|will|would|wrote|spoke)\b)/u

/**
 * People named in the narration (outside quotation marks), in text order. `acts` marks a name
 * that is titled or followed by an apposition or a verb, the names a pronoun may
 * point to ("in Maidan Wardak province" names a place); every name serves to complete a lone
 * surname. A name after "from", "of", "for" or "in" loses the place before it ("Senator from
 * Vermont Bernie Sanders" → "Bernie Sanders").
 */
function namesInText(facts: TextFacts): Named[] {
  const { text } = facts
  const quoted = facts.quotations
    .filter((q) => q.parent === -1)
    .flatMap((q) => q.parts)
    .sort((a, b) => a.start - b.start)
  const out: Named[] = []
  const bySurname = new Map<string, Named[]>()
  const acts = (end: number) => ACTS.test(text.slice(end, end + 24))
  const runs: TextRange[] = []
  for (const m of text.matchAll(NAME_RUN)) {
    const at = m.index
    runs.push({ start: at, end: at + m[0].length })
    if (at < facts.bodyStart || within(quoted, at)) continue
    // A possessive ends a name: "Atlantic Council's Washington headquarters".
    const all = m[0].split(/\s+/u).map((w) => w.replace(/['’]s$/u, ''))
    // "House Intelligence Committee Representative Adam Schiff": the person after the body.
    let words = all.slice(all.findLastIndex((w) => ORGANISATION_WORDS.has(w.toLowerCase())) + 1)
    if (words.some((w) => PRONOUNS.has(w.toLowerCase()))) continue
    const afterPreposition = /\b(?:from|of|for|in|at)\s+$/u.test(
      text.slice(Math.max(0, at - 6), at),
    )
    if (words.length >= 3 && afterPreposition) words = words.slice(-2)
    const name = nameInRun(words)
    if (name.length < 2) continue
    const named: Named = {
      at,
      name: name.join(' '),
      kind: 'person',
      // "… of Saudi Arabia accepted": a place after a preposition does not act.
      acts: name.length < words.length || (!afterPreposition && acts(at + m[0].length)),
    }
    out.push(named)
    const surname = name[name.length - 1] as string
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), named])
  }
  // A surname alone later on ("Mitsotakis reaffirmed"), not inside a longer name, is that person
  // again, at that place.
  for (const m of text.matchAll(SURNAME)) {
    const full = bySurname.get(m[0])?.findLast((n) => n.at < m.index)
    if (full !== undefined && !within(quoted, m.index) && !within(runs, m.index))
      out.push({ at: m.index, name: full.name, kind: 'person', acts: acts(m.index + m[0].length) })
  }
  return out.sort((a, b) => a.at - b.at)
}

/** A single capitalised word, a candidate surname. */
const SURNAME = /\b\p{Lu}[\p{Ll}\p{M}'’-]+\b/gu

const inside = (outer: Draft, r: TextRange) =>
  outer.parts.some((p) => r.start >= p.start && r.end <= p.end)

/**
 * Sets each draft's `speakerName`, in text order:
 * - a named mention gives its name (`speakerNameOf`); a lone surname ("Hay") becomes the full
 *   name it ends, if a quote's speaker or a name in the narration before it has one ("Mark Hay");
 * - "he"/"she" take the nearest preceding speaker who is a person, else the nearest person's name
 *   in the narration; "they"/"it" the nearest preceding group or organisation, else the nearest
 *   speaker; "I"/"we" inside another quote take that quote's speaker (a quote within a quote);
 * - a quote with no attribution of its own (`sameSpeakerAs`) takes that quote's speaker.
 * "Nearest compatible" knows persons from groups but not the grammatical gender of names.
 */
export function resolveSpeakers(facts: TextFacts, drafts: readonly Draft[]): void {
  const { text } = facts
  // Names in the narration are only needed for pronouns and lone surnames: found on demand.
  let found: Named[] | null = null
  const narration = () => (found ??= namesInText(facts))
  const history: Named[] = []
  const ordered = [...drafts].sort(
    (a, b) => (a.parts[0] as TextRange).start - (b.parts[0] as TextRange).start,
  )
  for (const draft of ordered) {
    const at = draft.mention?.start ?? (draft.parts[0] as TextRange).start
    let name: string | undefined
    if (draft.sameSpeakerAs !== undefined) name = draft.sameSpeakerAs.speakerName
    else if (draft.mention !== undefined) {
      const pronoun = pronounOf(text, draft.mention)
      if (pronoun === null)
        name = expandSurname(speakerNameOf(text, draft.mention), history, narration, at)
      else {
        const want = PRONOUNS.get(pronoun)
        const before = history.filter((h) => h.at < at)
        if (want === 'self')
          name = ordered.find(
            (o) => o !== draft && inside(o, draft.mention as TextRange),
          )?.speakerName
        else if (want === 'person') {
          name =
            before.findLast((h) => h.kind === 'person')?.name ??
            narration().findLast((n) => n.at < at && n.acts === true)?.name
        } else name = (before.findLast((h) => h.kind === 'group') ?? before.at(-1))?.name
      }
    }
    if (name !== undefined) {
      draft.speakerName = name
      history.push({ at, name, kind: speakerKind(name) })
    }
  }
}

/** "Hay" → "Mark Hay" when an earlier speaker or narrated name ends with that surname. */
function expandSurname(
  name: string | undefined,
  history: readonly Named[],
  narration: () => readonly Named[],
  at: number,
): string | undefined {
  if (name === undefined || /\s/u.test(name) || !/^\p{Lu}/u.test(name)) return name
  const ends = (n: Named) => n.at < at && n.name.endsWith(` ${name}`)
  return (
    history.findLast(ends)?.name ??
    narration().findLast((n) => ends(n) && n.acts === true)?.name ??
    narration().findLast(ends)?.name ??
    name
  )
}
