import type { TextRange } from '../domain/quoteSuggestion'

/** A word or a punctuation mark of the text, with its offsets. */
export type Token = TextRange & { text: string; word: boolean }

/**
 * Words (letters and digits, with inner apostrophes, hyphens and full stops: "don't",
 * "Abdul-Mahdi", "U.S.", "K.") and single punctuation marks, between `from` and `to`.
 * A word's own trailing full stop is kept only for initials and abbreviations ("K.", "Mr.",
 * "U.S."), so that a sentence's final stop stays a separate token.
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = []
  const re = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.\-‐](?=[\p{L}\p{N}]))*\.?|[^\s\p{L}\p{N}]/gu
  re.lastIndex = from
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    let value = m[0]
    if (m.index + value.length > to) value = value.slice(0, to - m.index)
    if (value.length > 1 && value.endsWith('.') && !isAbbreviation(value))
      value = value.slice(0, -1)
    const word = /[\p{L}\p{N}]/u.test(value[0] as string)
    out.push({ start: m.index, end: m.index + value.length, text: value, word })
    re.lastIndex = m.index + value.length
  }
  return out
}

/** "K.", "Mr.", "U.S.", "Jr.": words whose full stop belongs to them. */
function isAbbreviation(word: string): boolean {
  return /^\p{Lu}\.$/u.test(word) || /\./u.test(word.slice(0, -1)) || ABBREVIATIONS.has(word)
}

const ABBREVIATIONS = new Set([
  'Mr.',
  'Mrs.',
  'Ms.',
  'Dr.',
  'Prof.',
  'Sen.',
  'Rep.',
  'Gov.',
  'Jr.',
  'Sr.',
  'St.',
  'Gen.',
  'Lt.',
  'Col.',
  'Capt.',
  'Sgt.',
  'Rev.',
])

/** Lower-cased words of a set, for membership tests. */
const set = (words: string): ReadonlySet<string> => new Set(words.split(' '))

/** Determiners and quantifiers that can open a speaker's noun phrase ("the official"). */
export const DETERMINERS = set(
  'the a an this that these those his her their its our my your one two three several some many most other another both each every all any no',
)

/** Personal pronouns that can be a speaker mention, with what they can refer to. */
export const PRONOUNS: ReadonlyMap<string, 'person' | 'group' | 'self'> = new Map([
  ['he', 'person'],
  ['she', 'person'],
  ['they', 'group'],
  ['it', 'group'],
  ['i', 'self'],
  ['we', 'self'],
])

/** Relative pronouns whose antecedent is the speaker ("Mark Hay, …, who said"). */
export const RELATIVES = set('who which')

/**
 * Words that can stand between a speaker and the cue without being part of either ("Ford also
 * said", "Trump has repeatedly called", "Mayorkas reportedly said", "the police had said").
 */
export const BETWEEN_SUBJECT_AND_CUE = set(
  'also later then previously repeatedly reportedly further has have had was were is are since initially again publicly formally sharply once earlier first already simply just would will could did does do subsequently recently finally officially jointly separately strongly openly originally directly personally privately specifically specially herself himself itself themselves not never still even too allegedly apparently yet now went go goes going on to continued by',
)

/** Words that open an adverbial phrase before a sentence's subject ("On Friday, …"). */
export const ADVERBIAL_OPENERS = set(
  'on in at with after before during yesterday today tonight earlier later last this following despite though although when while as since namely however but and so then also meanwhile previously speaking according from by for under over about once now to which who whom whose that where if because until unless than into of through via among amid',
)

/**
 * Titles and roles written before a name ("Health Minister Veronika Skvortsova"): stripped to get
 * the name itself, because a registry holds "Veronika Skvortsova", not her title.
 */
export const TITLES = set(
  'mr mrs ms miss dr prof professor president vice secretary minister premier chancellor judge justice chief attorney senator sen rep representative congressman congresswoman governor gov mayor general gen deputy mp legislator king queen prince princess pope archbishop bishop cardinal sheikh sultan admiral commissioner director chairman chairwoman chair speaker leader ambassador spokesman spokeswoman spokesperson officer captain sergeant detective inspector superintendent constable lieutenant colonel ceo founder co-founder author co-author coach sir dame lord lady councillor councilor emir ayatollah rabbi imam father sister brother reverend rev prosecutor whip commander envoy executive sheriff assemblyman assemblywoman councilman councilwoman chairperson scientist researcher astronomer economist historian journalist reporter editor writer actor actress singer lawyer doctor nurse analyst developer broadcaster voter performer candidate student teacher meteorologist resident witness secretary-general',
)

/**
 * Last words that make a capitalised name an organisation or a place rather than a person: a
 * pronoun "he" or "she" never refers to them.
 */
export const ORGANISATION_WORDS = set(
  'ministry department agency court service services party committee police council commission association organisation organization university institute foundation center centre news times post herald press company corporation inc group office army force forces government states union bank network media television tv radio journal review guardian telegraph reuters agence times bureau board authority authorities administration parliament congress senate house assembly campaign church team club hospital school fund alliance coalition league federation society trust institution department laboratory lab embassy consulate college academy museum zoo',
)

/** Singular role nouns: a speaker "the official" can be "he" or "she" later. */
export const SINGULAR_ROLES = set(
  'official spokesperson spokesman spokeswoman minister president secretary judge mayor governor leader chief director officer witness eyewitness man woman resident lawyer doctor expert analyst professor researcher scientist member source employee worker victim driver pilot',
)

/** True when a word starts with a capital letter, or is a name with a particle ("el-Sisi"). */
export function isCapitalised(word: string): boolean {
  return /^[\p{Lu}\p{Lt}]/u.test(word) || NAME_PARTICLE.test(word)
}

/** A name that opens with a lower-case particle: "el-Sisi", "al-Muhandis", "bin Salman" stays out. */
const NAME_PARTICLE = /^(?:al|el|ad|as|ash|ibn|de|di|da|du|van|von|la|le)[-‐’']\p{Lu}/u
