import { describe, expect, it } from 'vitest'
import { quoteSuggestionSchema } from '../../../src/shared/domain/quoteSuggestion'
import { extractQuotes } from '../../../src/shared/quotes/extractQuotes'
import { article, asWords } from './quoteTestHelpers'

const words = (text: string) => asWords(text, extractQuotes(text))

describe('extractQuotes: direct quotes', () => {
  it('makes a quote split around its attribution one suggestion with two parts', () => {
    const text = article('“I’m 100 percent opposed,” Mayorkas said, “to the abolition of ICE.”')
    expect(words(text)).toEqual([
      {
        kind: 'direct',
        parts: ['I’m 100 percent opposed,', 'to the abolition of ICE.'],
        cue: 'said',
        mention: 'Mayorkas',
        speakerName: 'Mayorkas',
      },
    ])
  })

  it('joins the parts when the attribution ends a sentence and the quote resumes', () => {
    const text = article(
      '"To be frank I\'m a little exhausted," SpaceX founder Elon Musk told the press after the launch. "We have to dock to the station."',
    )
    const [quote] = words(text)
    expect(quote?.parts).toEqual([
      "To be frank I'm a little exhausted,",
      'We have to dock to the station.',
    ])
    expect(quote?.speakerName).toBe('Elon Musk')
  })

  it('keeps two quotes apart when a new sentence introduces the second with its own cue', () => {
    const text = article(
      'He wrote, "We face a crisis." He continued by announcing, "The polls will close."',
    )
    expect(words(text).map((q) => q.parts)).toEqual([
      ['We face a crisis.'],
      ['The polls will close.'],
    ])
  })

  it('finds the attribution before the quotation, with a comma, a colon, an addressee or a phrase', () => {
    const text = article(
      'Kaczyński said, "We prepared changes to the penal code."',
      'Bill Gerstenmaier of NASA spoke of the collaboration: "It\'s fun working with a new partner."',
      'Anna Franowska told Reuters "it almost appears as if the statement was prepared before."',
      'The Electronic Frontier Foundation said on Twitter "Youtube-dl is a legitimate tool."',
    )
    expect(words(text).map((q) => [q.kind, q.cue, q.speakerName])).toEqual([
      ['direct', 'said', 'Kaczyński'],
      ['direct', 'spoke', 'Bill Gerstenmaier'],
      ['direct', 'told', 'Anna Franowska'],
      ['direct', 'said', 'The Electronic Frontier Foundation'],
    ])
  })

  it('reads inverted attributions and strips titles from the speaker name', () => {
    const text = article(
      '"Terrorists seek to divide us," said Khan.',
      '"The search and rescue operation is complete," Deputy Emergency Situations Minister Alexander Chupriyan told TASS on Wednesday.',
    )
    expect(words(text).map((q) => [q.mention, q.speakerName])).toEqual([
      ['Khan', 'Khan'],
      ['Deputy Emergency Situations Minister Alexander Chupriyan', 'Alexander Chupriyan'],
    ])
  })

  it('reads straight and curly marks alike', () => {
    const straight = article('Durbin said, "I can just tell you."')
    const curly = article('Durbin said, “I can just tell you.”')
    expect(words(straight)).toEqual(words(curly))
  })

  it('gives a quote continued into the next paragraph one part per paragraph', () => {
    const text = article(
      'Feere told The Washington Times:',
      '“Mayorkas likely understands that some sanctuary policies are so ridiculous.',
      '“Biden’s DHS is allowing thousands of criminal aliens to run free.”',
      'The next paragraph is narration.',
    )
    expect(words(text)).toEqual([
      {
        kind: 'direct',
        parts: [
          'Mayorkas likely understands that some sanctuary policies are so ridiculous.',
          'Biden’s DHS is allowing thousands of criminal aliens to run free.',
        ],
        cue: 'told',
        mention: 'Feere',
        speakerName: 'Feere',
      },
    ])
  })

  it('takes the attribution from the next sentence when it is nothing else', () => {
    const text = article(
      '"Members of the G7, let\'s discuss this emergency first!" Macron told the world on Thursday via Twitter. Merkel agreed.',
      '"The American people deserve the truth." Pelosi said. She said the vote would be held soon.',
    )
    expect(words(text).map((q) => [q.kind, q.cue, q.speakerName])).toEqual([
      ['direct', 'told', 'Macron'],
      ['direct', 'said', 'Pelosi'],
      ['indirect', 'said', 'Pelosi'],
    ])
  })

  it('joins a quote split by a bare attribution when it goes on in lower case', () => {
    const text = article('"We stand ready" tweeted Johnson "to provide whatever help we can."')
    expect(words(text).map((q) => [q.parts, q.speakerName])).toEqual([
      [['We stand ready', 'to provide whatever help we can.'], 'Johnson'],
    ])
  })

  it('reads a quoted sentence after a clause and a comma, and a quoted "that" clause, as direct', () => {
    const text = article(
      'Trump, also on Twitter, defended his decision, "As I have stated strongly before, Turkey must watch over them."',
      'O\'Rourke defended his proposal, saying that "Hell yes, we are going to take your AR-15."',
    )
    expect(words(text).map((q) => [q.kind, q.mention])).toEqual([
      ['direct', 'Trump'],
      ['direct', "O'Rourke"],
    ])
  })

  it('attributes a quoted sentence with no cue to the quote before it', () => {
    const text = article(
      'Ryan Coogler wrote of Boseman, "I noticed then that Chad was an anomaly." "He was calm. Assured. Constantly studying."',
    )
    expect(words(text).map((q) => [q.parts, q.speakerName])).toEqual([
      [['I noticed then that Chad was an anomaly.'], 'Ryan Coogler'],
      [['He was calm. Assured. Constantly studying.'], 'Ryan Coogler'],
    ])
  })

  it('finds a quote nested in a quoted newspaper report, with its pronoun resolved', () => {
    const text = article(
      'Alejandro Mayorkas spoke to employees. The Washington Times reported:',
      '“In perhaps his most striking comments, Mr. Mayorkas said he thought more should be prosecuted.',
      '“‘I see cases now where we apprehend individuals,’ he said.',
    )
    const found = words(text)
    expect(found[0]).toMatchObject({
      kind: 'direct',
      cue: 'reported',
      speakerName: 'The Washington Times',
    })
    expect(found[0]?.parts).toHaveLength(2)
    expect(found[1]).toEqual({
      kind: 'direct',
      parts: ['I see cases now where we apprehend individuals,'],
      cue: 'said',
      mention: 'he',
      speakerName: 'Alejandro Mayorkas',
    })
  })
})

describe('extractQuotes: what is not a quote', () => {
  it('ignores quotation marks in the headline', () => {
    const text =
      "President Trump says he 'can' and 'may' declare an emergency\n\nThe body has no quotes."
    expect(extractQuotes(text)).toEqual([])
  })

  it('ignores scare quotes, titles and names in quotation marks', () => {
    const text = article(
      'At the center of the case was a website known as "Welcome To Video".',
      'Guy is associated with a pattern called a "glider" in the Game of Life.',
      'With so much “stuff” happening on social media, click “following” and then click “see first”.',
      'Hundreds were arrested over the so-called "dark web" site.',
    )
    expect(extractQuotes(text)).toEqual([])
  })

  it('does not take apostrophes for quotation marks', () => {
    const text = article(
      "The network's owner didn't comment on Mayorkas' remarks or the officers' union.",
    )
    expect(extractQuotes(text)).toEqual([])
  })

  it('does not report noun phrases, infinitives or orders as speech', () => {
    const text = article(
      'Hickenlooper announced his resignation on Friday.',
      'Prime Minister Boris Johnson urged the United States to waive immunity.',
      'The Islamic State claimed responsibility for all three attacks.',
      'NEOC reported a 95% immunization rate on December 24.',
    )
    expect(extractQuotes(text)).toEqual([])
  })
})

describe('extractQuotes: mixed and indirect quotes', () => {
  it('makes a reported clause with quoted words a mixed quote', () => {
    const text = article(
      'Vice President Mike Pence said the United States is "in the midst of a crisis on our southern border."',
    )
    expect(words(text)).toEqual([
      {
        kind: 'mixed',
        parts: ['the United States is "in the midst of a crisis on our southern border."'],
        cue: 'said',
        mention: 'Vice President Mike Pence',
        speakerName: 'Mike Pence',
      },
    ])
  })

  it('makes quoted fragments after a naming cue a mixed quote of the fragments', () => {
    const text = article(
      'Schiff called it "a non-starter".',
      'Ross has referred to the decision as "gamesmanship" and a "stunt".',
    )
    expect(words(text).map((q) => [q.kind, q.parts, q.speakerName])).toEqual([
      ['mixed', ['a non-starter'], 'Schiff'],
      ['mixed', ['gamesmanship', 'stunt'], 'Ross'],
    ])
  })

  it('finds "X said (that) clause", "clause, X said" and "according to X"', () => {
    const text = article(
      'The Emergencies Ministry said six deaths were of children.',
      'The entire crew were Iranians, the army said.',
      'According to local reports, the mayor left his home with a backpack.',
      'Ford started its investigation by hiring a law firm, according to The Verge.',
    )
    expect(words(text).map((q) => [q.kind, q.parts, q.cue, q.speakerName])).toEqual([
      ['indirect', ['six deaths were of children'], 'said', 'The Emergencies Ministry'],
      ['indirect', ['The entire crew were Iranians'], 'said', 'army'],
      ['indirect', ['the mayor left his home with a backpack'], 'According to', 'local reports'],
      [
        'indirect',
        ['Ford started its investigation by hiring a law firm'],
        'according to',
        'The Verge',
      ],
    ])
  })

  it('starts a new quote at ", adding that" and keeps both speakers', () => {
    const text = article(
      'A total of 39 are confirmed dead, officials told state media, adding that rescuers ended their work yesterday.',
    )
    expect(words(text).map((q) => [q.parts, q.cue, q.mention])).toEqual([
      [['A total of 39 are confirmed dead'], 'told', 'officials'],
      [['rescuers ended their work yesterday'], 'adding', 'officials'],
    ])
  })

  it('resolves "he" to the nearest preceding person who spoke', () => {
    const text = article(
      'U.S. District Judge Gray Miller ruled the draft violated the Constitution. He said the rationale no longer applies.',
    )
    expect(words(text).map((q) => [q.mention, q.speakerName])).toEqual([
      ['U.S. District Judge Gray Miller', 'Gray Miller'],
      ['He', 'Gray Miller'],
    ])
  })

  it('resolves "he" past places named in the narration', () => {
    const text = article(
      'Crown Prince Mohammad bin Salman of Saudi Arabia accepted responsibility. Speaking to Martin Smith of PBS, he said, "It happened under my watch."',
    )
    expect(words(text).map((q) => q.speakerName)).toEqual(['Mohammad bin Salman'])
  })

  it('completes a lone surname with the full name used earlier in the narration', () => {
    const text = article(
      'NASA chose astronauts Doug Hurley and Bob Behnken, who flew on Saturday.',
      '"Let\'s light this candle," Hurley said.',
    )
    expect(words(text).map((q) => [q.mention, q.speakerName])).toEqual([['Hurley', 'Doug Hurley']])
  })

  it('gives indirect quotes a lower confidence than direct ones', () => {
    const text = article('Pelosi said, "We are committed to it." Pelosi said the talks had failed.')
    const [direct, indirect] = extractQuotes(text)
    expect(direct?.kind).toBe('direct')
    expect(indirect?.kind).toBe('indirect')
    expect(direct!.confidence).toBeGreaterThan(indirect!.confidence)
  })
})

describe('extractQuotes: offsets and shape', () => {
  it('gives UTF-16 offsets that hold after characters outside the Basic Multilingual Plane', () => {
    const text = article('🎉🎉 Fans cheered. "We won the cup," the captain 𝒜lex said.')
    const [quote] = extractQuotes(text)
    expect(text.slice(quote!.parts[0]!.start, quote!.parts[0]!.end)).toBe('We won the cup,')
    expect(text.slice(quote!.cue!.start, quote!.cue!.end)).toBe('said')
  })

  it('returns suggestions that pass the schema the worker boundary checks, in text order', () => {
    const text = article(
      '"A," she said, "b." Police said the road was closed. According to officials, two died.',
    )
    const found = extractQuotes(text)
    expect(found.length).toBe(3)
    for (const q of found) expect(quoteSuggestionSchema.parse(q)).toEqual(q)
    const starts = found.map((q) => q.parts[0]!.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })

  it('finds nothing in a text without reported speech, and in an empty text', () => {
    expect(extractQuotes('')).toEqual([])
    expect(extractQuotes(article('The fire started at nine. Two people died.'))).toEqual([])
  })
})
