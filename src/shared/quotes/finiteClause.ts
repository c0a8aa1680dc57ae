import type { Token } from './words'

/** Auxiliaries, modals and forms of "be" and "have": any of them makes a clause finite. */
const AUXILIARIES = new Set(
  "is are was were be been am has have had will would can could may might must shall should did does do won't can't didn't doesn't isn't wasn't aren't weren't hasn't haven't hadn't wouldn't couldn't shouldn't".split(
    ' ',
  ),
)

/** Frequent irregular past tenses, which no -ed rule finds. */
const IRREGULAR_PAST = new Set(
  'went came made took left found saw got gave knew began fell held kept led lost met ran sent spent stood struck won wrote became broke brought built caught chose drove flew grew hit hurt paid put rose set shot shut sold told thought understood fled bought fought meant sought taught threw wore forgot forgave overran'.split(
    ' ',
  ),
)

/** Words ending in -ed that are rarely verbs in a reported clause's first words. */
const ED_NOT_VERBS = new Set(
  'need red bed hundred indeed seed speed feed united related based'.split(' '),
)

/** Words after which an -ed word is an adjective ("a reported sixteenth death"). */
const DETERMINERS_BEFORE_ADJECTIVE = new Set(
  'a an the this that these those his her its their our'.split(' '),
)

/** Words that open an object after a verb ("the aircraft uses the A300", "scope allows it"). */
const OBJECT_OPENERS = new Set(
  'the a an it them him her his their its that this these those'.split(' '),
)

/** Adverbs after which an -s word is a verb ("no longer applies", "still holds"). */
const ADVERBS = new Set(
  'longer still also never now already often always usually only even rarely'.split(' '),
)

/** Words after which an -s word is a verb ("it remains"). */
const SUBJECT_PRONOUNS = new Set('he she it they we i this that there who which'.split(' '))

/**
 * Whether words look like a finite clause (a statement with its own verb) rather than a noun
 * phrase: `the party was ready` and `Hickenlooper thanked his supporters` are clauses, `his
 * resignation` and `a total of 5667 cases` are not. Without a part-of-speech tagger this asks for
 * an auxiliary or modal, an -ed or irregular past verb after the first word (not hyphenated,
 * not after a determiner, where it is an adjective, and not after "and", where it would be the
 * reporting subject's own second verb, and not inside a relative clause "…, which is …,"), or
 * an -s verb after a subject pronoun or between a
 * lower-case word and an object ("the aircraft uses the A300") or after an adverb ("currently
 * focuses", "no longer applies"); a second verb after "and" before any of its own means the words are an object
 * followed by the reporting subject's next verb ("conceded the election, and has claimed"). Looks at the first `limit` words.
 */
export function looksFinite(tokens: readonly Token[], limit = 25): boolean {
  // A relative clause's own verb does not count: "the openness of the project, which is aimed at".
  const words: Token[] = []
  let inRelative = false
  for (const t of tokens) {
    if (t.text === ',' || t.text === ';') inRelative = false
    else if (t.word && words.length > 0 && /^(which|who|whom|whose)$/iu.test(t.text))
      inRelative = true
    else if (t.word && !inRelative) words.push(t)
  }
  const original = words.slice(0, limit).map((t) => t.text)
  const list = original.map((w) => w.toLowerCase())
  for (let i = 0; i < list.length; i++) {
    const w = list[i] as string
    const prev = list[i - 1]
    // Capitalised words are names ("in May"), except the clause's first word.
    if (i > 0 && /^\p{Lu}/u.test(original[i] as string)) continue
    // "the election, and has claimed …": a second verb of the reporting subject, and the
    // clause had none of its own before it.
    if (
      (prev === 'and' || prev === 'or') &&
      (AUXILIARIES.has(w) || IRREGULAR_PAST.has(w) || /ed$/u.test(w))
    )
      return false
    if (AUXILIARIES.has(w)) return true
    if (i === 0) continue
    if (w.includes('-')) continue
    if (IRREGULAR_PAST.has(w)) return true
    if (DETERMINERS_BEFORE_ADJECTIVE.has(prev as string)) continue
    if (w.length > 3 && w.endsWith('ed') && !ED_NOT_VERBS.has(w)) return true
    if (
      /[^s'’iu]s$/u.test(w) &&
      prev !== undefined &&
      (SUBJECT_PRONOUNS.has(prev) ||
        /ly$/u.test(prev) ||
        ADVERBS.has(prev) ||
        (i >= 2 && /^\p{Ll}+$/u.test(prev) && OBJECT_OPENERS.has(list[i + 1] ?? '')))
    )
      return true
  }
  return false
}
