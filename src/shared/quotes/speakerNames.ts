import type { TextRange } from '../domain/quoteSuggestion'
import {
  DETERMINERS,
  isCapitalised,
  ORGANISATION_WORDS,
  PRONOUNS,
  SINGULAR_ROLES,
  TITLES,
  type Token,
  tokenize,
} from './words'

/** A name stripped of a title has at most this many words; longer runs keep their last two. */
const MAX_NAME_WORDS = 3

const titleKey = (word: string): string => word.toLowerCase().replace(/\.$/u, '')

/** A title, also hyphenated ("Secretary-General", "Co-developer"). */
const isTitle = (word: string): boolean =>
  TITLES.has(titleKey(word)) ||
  titleKey(word)
    .split('-')
    .some((part) => TITLES.has(part))

/** The pronoun a mention consists of ("he", "They"), or null. */
export function pronounOf(text: string, mention: TextRange): string | null {
  const word = text.slice(mention.start, mention.end).toLowerCase()
  return PRONOUNS.has(word) ? word : null
}

/**
 * The name a mention stands for, as a registry would hold it:
 * - a possessive ending is dropped ("Judge Miller's" → "Judge Miller") and so is a leading
 *   determiner before a lower-case word ("the army" → "army"; "The Verge" stays);
 * - a description whose first word is lower case stays whole ("government official",
 *   "researchers from the Georgia Institute of Technology", "local media") up to a participle or
 *   relative clause ("report citing the mayor's office" → "report"); a coordination of names
 *   stays whole ("Biden and Sanders");
 * - otherwise the last capitalised run is the name, without the titles before it ("United States
 *   Attorney Jessie K. Liu" → "Jessie K. Liu"); what follows a title is cut to its last two words
 *   when it is longer than three ("Prime Minister of India Narendra Modi" → "Narendra Modi").
 * Pronouns have no name of their own (undefined): `resolveSpeakers` finds their antecedent.
 */
export function speakerNameOf(text: string, mention: TextRange): string | undefined {
  if (pronounOf(text, mention) !== null) return undefined
  let tokens = tokenize(text, mention.start, mention.end).filter(
    (t) => t.word || t.text === '(' || t.text === ')',
  )
  // A possessive ends its word and a name run ("The Native American Rights Fund's Jacqueline De
  // León" → the run is "Jacqueline De León").
  const possessives = new Set<number>()
  tokens = tokens.map((t) => {
    if (!/['’]s$/u.test(t.text)) return t
    possessives.add(t.start)
    return { ...t, text: t.text.slice(0, -2), end: t.end - 2 }
  })
  // An article goes before a description ("the army" → "army") but stays in a name ("The Verge")
  // and before "of" ("One of the users").
  while (
    tokens.length > 1 &&
    DETERMINERS.has((tokens[0] as Token).text.toLowerCase()) &&
    (tokens[1] as Token).text !== 'of' &&
    !(isCapitalised((tokens[0] as Token).text) && isCapitalised((tokens[1] as Token).text))
  )
    tokens = tokens.slice(1)
  const first = tokens[0]
  if (first === undefined) return undefined
  const whole = (list: readonly Token[]) =>
    list.length === 0
      ? undefined
      : text.slice((list[0] as Token).start, (list[list.length - 1] as Token).end)
  // "Biden and Sanders": a group of named speakers stays whole.
  const and = tokens.findIndex((t) => t.text === 'and')
  if (
    and > 0 &&
    isCapitalised((tokens[and - 1] as Token).text) &&
    isCapitalised(tokens[and + 1]?.text ?? '')
  )
    return whole(tokens)
  const lastWord = tokens[tokens.length - 1] as Token
  if (!isCapitalised(lastWord.text)) {
    // A description ends before a participle or relative clause: "report citing the mayor's office".
    const cut = tokens.findIndex(
      (t, i) =>
        i > 0 &&
        (/^(who|which|that)$/u.test(t.text) ||
          (/^\p{Ll}.*(ing|ed)$/u.test(t.text) && t.text.length > 4)),
    )
    return whole(cut === -1 ? tokens : tokens.slice(0, cut))
  }

  // The last capitalised run (allowing "of" inside: "Department of Homeland Security"), also
  // after a lower-case description ("an attendee Om Prakash" → "Om Prakash").
  let i = tokens.length
  while (i > 0) {
    const t = tokens[i - 1] as Token
    if (!(t.word && (isCapitalised(t.text) || (t.text === 'of' && i < tokens.length)))) break
    if (i < tokens.length && possessives.has(t.start)) break
    i--
  }
  let run = tokens.slice(i)
  // A name after a preposition is a place or a body the speaker belongs to: "President Abdel
  // Fattah el-Sisi of Egypt" names el-Sisi; "An official from TfL" and "Women in Nevada" are
  // descriptions.
  const preposition = i > 0 ? (tokens[i - 1] as Token).text : ''
  if (run[0]?.text === 'of' || /^(in|from|at|for|within|with|of)$/u.test(preposition)) {
    const cut = run[0]?.text === 'of' ? i : i - 1
    const before = tokens.slice(0, cut)
    // "US Special Representative for Iran Brian Hook": after a title, the place then the name.
    const after = run.filter((t) => t.text !== 'of')
    if (
      before.length > 0 &&
      isTitle((before[before.length - 1] as Token).text) &&
      after.length >= 3
    )
      return whole(after.slice(-2))
    if (before.length > 0 && isCapitalised((before[before.length - 1] as Token).text))
      return speakerNameOf(text, {
        start: (before[0] as Token).start,
        end: (before[before.length - 1] as Token).end,
      })
    return whole(tokens)
  }
  const lastTitle = run.findLastIndex((t) => isTitle(t.text))
  if (lastTitle !== -1 && lastTitle < run.length - 1) {
    run = run.slice(lastTitle + 1)
    // "Prime Minister of India Narendra Modi": the title's "of" complement is not the name.
    if (run[0]?.text === 'of' && run.length > 3) run = run.slice(2)
    // "President Abdel Fattah el-Sisi of Egypt": the name ends before its "of" complement.
    const of = run.findIndex((t, n) => n >= 2 && t.text === 'of')
    if (of !== -1) run = run.slice(0, of)
    while (run.length > 0 && !isCapitalised((run[0] as Token).text)) run = run.slice(1)
    if (run.length > MAX_NAME_WORDS) run = run.slice(-2)
  } else if (run.length > MAX_NAME_WORDS && tokens.slice(0, i).some((t) => isTitle(t.text))) {
    // "Former US Ambassador to the United Nations Nikki Haley": a person after a long title.
    run = run.slice(-2)
  }
  return whole(run)
}

/**
 * Whether a speaker name is a person (someone "he" or "she" can refer to) or a group,
 * organisation or document ("they", "it"): a name ending in an organisation word ("Emergencies
 * Ministry", "Fars News") or a plural description ("officials") is a group; a singular role
 * ("government official", "prime minister") and a capitalised name of one to four words are
 * persons.
 */
export function speakerKind(name: string): 'person' | 'group' {
  const words = name.split(/\s+/u)
  // "CNN", "BBC", "UNICEF": an acronym is an organisation.
  if (words.length === 1 && /^[\p{Lu}\d]{2,}$/u.test(name)) return 'group'
  const last = (words[words.length - 1] as string).toLowerCase()
  if (ORGANISATION_WORDS.has(last)) return 'group'
  if (!isCapitalised(words[0] as string)) return SINGULAR_ROLES.has(last) ? 'person' : 'group'
  return words.length <= 4 ? 'person' : 'group'
}
