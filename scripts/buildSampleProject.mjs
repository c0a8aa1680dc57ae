// Builds resources/sample-project.json from the Wikinews articles in ../shared/corpus/wikinews.
// Run once by a developer (`node scripts/buildSampleProject.mjs`); the JSON is committed because
// the app ships it. Annotations are given by quote, not offsets: the app locates each quote in the
// canonical text when it seeds the sample, so the file cannot go stale against normalisation.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const corpus = fileURLToPath(new URL('../../shared/corpus/wikinews/', import.meta.url))
const manifest = JSON.parse(readFileSync(`${corpus}manifest.json`, 'utf8'))
const LICENCE = 'CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/)'

const a = (quote, codes) => ({ quote, ...codes })
const picks = {
  '01-': {
    target: 'Declaring a national emergency to fund the border wall',
    annotations: [
      a('I can do it [call a national emergency] if I want. I may do it.', {
        stance: 'in_favour',
        speaker: 'Donald Trump',
        sourceType: 'official.executive',
        identification: 'named',
        quoteType: 'direct',
      }),
      a('in the midst of a crisis on our southern border.', {
        stance: 'in_favour',
        speaker: 'Mike Pence',
        sourceType: 'official.executive',
        identification: 'named',
        quoteType: 'mixed',
      }),
      a(
        'We are committed to keeping our border safe. We can do that best when government is open. We made that clear to the president.',
        {
          stance: 'against',
          speaker: 'Nancy Pelosi',
          sourceType: 'official.legislator',
          identification: 'named',
          quoteType: 'direct',
        },
      ),
      a(
        "We made a plea to the president once again: don't hold hundreds of thousands of federal workers hostage",
        {
          stance: 'against',
          speaker: 'Chuck Schumer',
          sourceType: 'official.legislator',
          identification: 'named',
          quoteType: 'direct',
        },
      ),
      a('Schiff called it "a non-starter".', {
        stance: 'strongly_against',
        speaker: 'Adam Schiff',
        sourceType: 'official.legislator',
        identification: 'named',
        quoteType: 'mixed',
      }),
      a('"a non-starter"', {
        memo: 'Nested inside the paraphrase: the only words Schiff is quoted with.',
      }),
    ],
  },
  '02-': {
    target: 'The attack on Mayor Adamowicz',
    annotations: [
      a("Let's all pray for Mayor Adamowicz. Paweł, we are with you.", {
        stance: 'strongly_against',
        speaker: 'Donald Tusk',
        sourceType: 'official.international',
        identification: 'named',
        quoteType: 'direct',
      }),
      a(
        'Interior Minister Joachim Brudziński called the stabbing "an act of inexplicable barbarity."',
        {
          stance: 'strongly_against',
          speaker: 'Joachim Brudziński',
          sourceType: 'official.executive',
          identification: 'named',
          quoteType: 'mixed',
        },
      ),
      a('The next hours will decide everything,', {
        stance: 'no_stance',
        speaker: 'Tomasz Stefaniak',
        sourceType: 'expert.professional',
        identification: 'named',
        quoteType: 'direct',
      }),
      a('We couldn’t win,', {
        stance: 'no_stance',
        speaker: 'Łukasz Szumowski',
        sourceType: 'official.executive',
        identification: 'named',
        quoteType: 'direct',
      }),
    ],
  },
  '06-': {
    target: 'The US waiving diplomatic immunity for Anne Sacoolas',
    annotations: [
      a(
        'I do not think that it can be right to use the process of diplomatic immunity for this type of purpose.',
        {
          stance: 'in_favour',
          speaker: 'Boris Johnson',
          sourceType: 'official.executive',
          identification: 'named',
          quoteType: 'direct',
        },
      ),
      a(
        'The embassy declined the request and said the Socoolas family left per advice from the United States Department of State.',
        {
          stance: 'against',
          speaker: 'US Embassy in London',
          sourceType: 'official.spokesperson',
          identification: 'partial',
          quoteType: 'indirect',
        },
      ),
      a(
        'Charles told the Daily Mail, "All we need to do is ask her to come back. It’s not much to ask. She’s left a family in complete ruin. We’re broken."',
        {
          sourceType: 'media.outlet',
          memo: 'Relayed from another outlet (Daily Mail); the quote inside is coded on its own.',
        },
      ),
      a(
        'All we need to do is ask her to come back. It’s not much to ask. She’s left a family in complete ruin. We’re broken.',
        {
          stance: 'strongly_in_favour',
          speaker: 'Charlotte Charles',
          sourceType: 'citizen.affected',
          identification: 'named',
          quoteType: 'direct',
        },
      ),
    ],
  },
}

const articles = Object.entries(picks).map(([prefix, spec]) => {
  const entry = manifest.find((m) => m.file.startsWith(prefix))
  const raw = readFileSync(`${corpus}${entry.file}`, 'utf8')
  // Drop the dateline: the date is metadata, and canonical text starts with the headline.
  const body = raw.replace(/^[^\n]*\n/, '')
  for (const ann of spec.annotations) {
    if (!body.includes(ann.quote)) throw new Error(`quote not found in ${entry.file}: ${ann.quote}`)
  }
  return {
    title: entry.title,
    date: entry.date,
    url: entry.url,
    outlet: 'Wikinews',
    author: 'Wikinews contributors',
    attribution: `“${entry.title}”, Wikinews contributors, ${entry.url}, licensed ${LICENCE}.`,
    stanceTarget: spec.target,
    text: `${entry.title}\n\n${body}`,
    annotations: spec.annotations,
  }
})

const out = fileURLToPath(new URL('../resources/sample-project.json', import.meta.url))
writeFileSync(
  out,
  `${JSON.stringify({ name: 'Sample: Wikinews quotes', licence: LICENCE, articles }, null, 1)}\n`,
)
console.log(`wrote ${out}: ${articles.length} articles`)
