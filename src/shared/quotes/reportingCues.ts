import type { TextRange } from '../domain/quoteSuggestion'

/**
 * What a reporting expression can introduce:
 * - `clause`: a reported clause (indirect quote) or a quotation ("said", "told", "claimed");
 * - `quote`: only a quotation, never a paraphrase ("continued", "spoke", "reads", "wrote" is a
 *   clause verb);
 * - `naming`: quoted fragments after an object ("called it “a non-starter”", "accusing her of
 *   “not doing her job”").
 */
export type CueRole = 'clause' | 'quote' | 'naming'

/** A reporting expression found in the text. */
export type Cue = TextRange & { lemma: string; role: CueRole; form: string }

/**
 * The reporting verbs and phrases, by lemma, with every inflection the extractor accepts. The
 * list is the communication verbs of the gold guidelines (docs/quotes-gold-guidelines.md §1)
 * plus close synonyms seen in news (GGT's verb list was the starting point for the idea, not the
 * words). Verbs of belief or finding (think, believe, find, show) are left out on purpose: a
 * study that "found" something is not a quote. Base forms that are also common nouns ("report",
 * "state", "note", "post", "call") are left out, since "the report" and "the state" would
 * otherwise be read as cues; their -s, -ed and -ing forms stay.
 */
const LEXICON: Record<CueRole, Record<string, string>> = {
  clause: {
    say: 'say says said saying',
    tell: 'tell tells told telling',
    add: 'add adds added adding',
    state: 'states stated stating',
    announce: 'announce announces announced announcing',
    claim: 'claims claimed claiming',
    argue: 'argue argues argued arguing',
    explain: 'explain explains explained explaining',
    note: 'notes noted noting',
    write: 'write writes wrote written writing',
    tweet: 'tweets tweeted tweeting',
    post: 'posted posting',
    report: 'reports reported reporting',
    confirm: 'confirm confirms confirmed confirming',
    deny: 'deny denies denied denying',
    allege: 'allege alleges alleged alleging',
    promise: 'promised promising',
    warn: 'warn warns warned warning',
    insist: 'insist insists insisted insisting',
    ask: 'asked asking',
    reply: 'replies replied replying',
    respond: 'responds responded responding',
    comment: 'commented commenting',
    remark: 'remarked remarking',
    declare: 'declares declared declaring',
    assert: 'asserts asserted asserting',
    acknowledge: 'acknowledge acknowledges acknowledged acknowledging',
    admit: 'admit admits admitted admitting',
    concede: 'concedes conceded conceding',
    contend: 'contends contended contending',
    maintain: 'maintains maintained maintaining',
    stress: 'stressed stressing',
    emphasise: 'emphasised emphasized emphasising emphasizing',
    reveal: 'reveals revealed revealing',
    disclose: 'disclosed disclosing',
    suggest: 'suggested suggesting',
    indicate: 'indicated indicating',
    speculate: 'speculated speculating',
    predict: 'predicted predicting',
    testify: 'testified testifying',
    conclude: 'concluded concluding',
    complain: 'complained complaining',
    inform: 'informed informing',
    assure: 'assured assuring',
    reiterate: 'reiterated reiterating',
    reaffirm: 'reaffirmed reaffirming',
    reassert: 'reasserted',
    share: 'sharing',
    rule: 'ruled',
    recall: 'recalled recalling',
    recount: 'recounted recounting',
    observe: 'observed observing',
    elaborate: 'elaborated',
    underline: 'underlined',
    mention: 'mentioned',
    retort: 'retorted',
    quip: 'quipped',
    joke: 'joked',
    'point out': 'pointed out|pointing out',
  },
  quote: {
    continue: 'continued',
    speak: 'spoke',
    read: 'read reads',
    thank: 'thanked thanking',
    disagree: 'disagreed',
    exclaim: 'exclaimed',
    react: 'reacted',
    quote: 'quoted',
  },
  naming: {
    call: 'called calling calls',
    describe: 'described describing describes',
    'refer to': 'referred to|referring to',
    cite: 'cited citing',
    accuse: 'accused accusing',
    label: 'labelled labeled labelling labeling',
    dub: 'dubbed',
    brand: 'branded',
    justify: 'justified',
    dismiss: 'dismissed',
    characterise: 'characterised characterized characterising characterizing',
  },
}

/** The phrase "according to", which attributes whatever follows it (guidelines §1). */
export const ACCORDING_TO = /\baccording to\b/giu

const FORMS = new Map<string, { lemma: string; role: CueRole }>()
for (const role of Object.keys(LEXICON) as CueRole[]) {
  for (const [lemma, forms] of Object.entries(LEXICON[role])) {
    // Phrasal lemmas list their forms separated by "|", the others by spaces.
    for (const form of forms.split(lemma.includes(' ') ? '|' : ' '))
      FORMS.set(form, { lemma, role })
  }
}

const ALTERNATION = [...FORMS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace(/ /g, '\\s+'))
  .join('|')
const CUE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:${ALTERNATION})(?![\\p{L}\\p{N}'’-])`,
  'giu',
)

/** What may stand before a capitalised cue: the start of a sentence, paragraph or quotation. */
const SENTENCE_OPENING = /(?:^|[.!?:;"“”‘’(—–]\s*|\n)$/u

/** A word before a verb form that makes it a noun or an adjective ("the said", "a reported fall"). */
const NOMINAL_BEFORE = /(?:^|\s)(?:the|a|an|this|his|her|its|their|our|whose|\S+['’]s)\s+$/iu

/**
 * Every reporting verb form of the lexicon between `from` and `to`, in text order, matched as a
 * whole word. Forms count only where they can be verbs:
 * - lower case, or capitalised at the start of a sentence ("Says"), never inside a name
 *   ("United States", "Reports" at a sentence start stays, "the Daily Reporter" does not match);
 * - not after a determiner or a possessive ("the confirmed death toll", "a reported fall", "the
 *   Court's ruling");
 * - not a passive participle before "by" ("written by Stevens"), not an infinitive ("trying to
 *   add the question"), except after "went on to" ("She went on to say") or before a quotation
 *   ("went as far to say, “…”").
 * Whether a match reports speech is decided by the caller from where it stands (next to a
 * quotation, before a clause).
 */
export function findCues(text: string, from = 0, to = text.length): Cue[] {
  const cues: Cue[] = []
  CUE_PATTERN.lastIndex = from
  for (let m = CUE_PATTERN.exec(text); m !== null; m = CUE_PATTERN.exec(text)) {
    if (m.index >= to) break
    const form = m[0].toLowerCase().replace(/\s+/g, ' ')
    const entry = FORMS.get(form)
    if (entry === undefined) continue
    const before = text.slice(Math.max(0, m.index - 40), m.index)
    if (/^\p{Lu}/u.test(m[0]) && !SENTENCE_OPENING.test(before)) continue
    if (NOMINAL_BEFORE.test(before)) continue
    // "trying to add the question": an infinitive reports nothing yet.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 4)
    if (
      /(?:^|\s)to\s+$/iu.test(before) &&
      !/\bon\s+to\s+$/iu.test(before) &&
      !/^[,:]\s*["“]/u.test(after) &&
      !/(s|ed|ing|said|told|wrote|spoke|read)$/u.test(form)
    )
      continue
    if (
      /^\s+by\b/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) &&
      /(ed|en)$/u.test(form)
    )
      continue
    cues.push({ start: m.index, end: m.index + m[0].length, form, ...entry })
  }
  return cues
}
