import { describe, expect, it } from 'vitest'
import type { ProjectExportInput } from '../../../src/shared/export/exportTables'
import type { SpanTarget, WebAnnotation } from '../../../src/shared/webAnnotation/toWebAnnotations'
import {
  toWebAnnotations,
  webAnnotationCollection,
} from '../../../src/shared/webAnnotation/toWebAnnotations'
import { makeAnnotation, makeDocument, makeInput } from '../export/fixtures'
import { checkDocument, mustValidator } from './mustValidator'

const text = 'Headline 👍🏽 here\n\nMayorkas said “I’m opposed” today.\n\nLast 𠀋 line.'
const doc = makeDocument('d1', 'A doc', text)
const at = (quote: string): [number, number] => {
  const start = text.indexOf(quote)
  return [start, start + quote.length]
}
const coded = makeAnnotation(doc, text, ...at('“I’m opposed”'), {
  stance: 'stance.against',
  speaker: 'sp1',
  frames: ['f.econ', 'f.legal'],
  anon: true,
  note: 'said twice',
})
const plain = makeAnnotation(doc, text, ...at('𠀋 line'), {}, { memo: '' })
const orphan = {
  ...makeAnnotation(doc, text, 0, 4),
  exact: 'nowhere to be found',
  textHash: 'f'.repeat(64),
}
const input: ProjectExportInput = {
  ...makeInput([{ document: doc, text }], [plain, coded, orphan]),
  articleCodings: [],
}
const validate = mustValidator()
// Every annotation of this input is a span's (it has no article codings).
const spanTarget = (a: WebAnnotation | undefined) => a?.target as SpanTarget

describe('toWebAnnotations', () => {
  it('exports annotations that pass every MUST assertion, alone and as a collection', () => {
    const { annotations, skipped } = toWebAnnotations(input)
    expect(skipped).toBe(1)
    expect(annotations).toHaveLength(2)
    for (const a of annotations) expect(checkDocument(validate, a)).toEqual([])
    const collection = webAnnotationCollection('p1', 'Project', annotations)
    expect(checkDocument(validate, JSON.parse(JSON.stringify(collection)))).toEqual([])
  })

  it('selects the span by quote and by code point position, and tags its codes', () => {
    const [first, second] = toWebAnnotations(input).annotations
    const [start, end] = at('“I’m opposed”')
    const cp = (i: number): number => [...text.slice(0, i)].length
    expect(spanTarget(first).selector).toEqual([
      {
        type: 'TextQuoteSelector',
        exact: '“I’m opposed”',
        prefix: text.slice(start - 32, start),
        suffix: text.slice(end, end + 32),
      },
      { type: 'TextPositionSelector', start: cp(start), end: cp(end) },
    ])
    expect(first?.body?.map((b) => [b.purpose, b.value])).toEqual([
      ['tagging', 'Stance: Against'],
      ['tagging', 'Speaker: Alejandro Mayorkas'],
      ['tagging', 'Frames: Economic'],
      ['tagging', 'Frames: Legality'],
      ['describing', 'Note: said twice'],
      ['tagging', 'Anonymous'],
    ])
    expect(first?.motivation).toBe('tagging')
    expect(second?.motivation).toBe('highlighting')
    expect(second?.body).toBeUndefined()
    const { start: s, end: e } = spanTarget(second).selector[1] ?? { start: 0, end: 0 }
    expect([...text].slice(s, e).join('')).toBe('𠀋 line')
  })

  it('names documents and annotations by the same stable urn:uuid IRIs in every export', () => {
    const once = toWebAnnotations(input).annotations
    const twice = toWebAnnotations(structuredClone(input)).annotations
    expect(twice).toEqual(once)
    expect(spanTarget(once[0]).source).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
  })
})
