import { describe, expect, it } from 'vitest'
import {
  matchOneToOne,
  rangeJaccard,
  scoreQuotes,
  type ScoredQuote,
} from '../../../src/shared/quotes/scoreQuotes'

const r = (start: number, end: number) => ({ start, end })
const direct = (speaker: string | null, ...parts: [number, number][]): ScoredQuote => ({
  kind: 'direct',
  parts: parts.map(([s, e]) => r(s, e)),
  speaker,
})
const sameName = (_: number, a: string, b: string) => a === b

describe('rangeJaccard', () => {
  it('is shared characters over the union, over all parts', () => {
    expect(rangeJaccard([r(0, 10)], [r(0, 10)])).toBe(1)
    expect(rangeJaccard([r(0, 10)], [r(5, 15)])).toBeCloseTo(5 / 15)
    expect(rangeJaccard([r(0, 10)], [r(20, 30)])).toBe(0)
    expect(rangeJaccard([r(0, 4), r(10, 14)], [r(0, 4)])).toBe(0.5)
  })
})

describe('matchOneToOne', () => {
  it('pairs the best overlaps first and uses each item once', () => {
    const gold = [[r(0, 10)], [r(12, 20)]]
    const predicted = [[r(0, 9)], [r(0, 10)], [r(13, 20)]]
    expect(matchOneToOne(gold, predicted, 'overlap')).toEqual([
      [0, 1],
      [1, 2],
    ])
    expect(matchOneToOne(gold, predicted, 'exact')).toEqual([[0, 1]])
  })

  it('needs half of the union to overlap', () => {
    expect(matchOneToOne([[r(0, 10)]], [[r(5, 15)]], 'overlap')).toEqual([])
    expect(matchOneToOne([[r(0, 10)]], [[r(0, 20)]], 'overlap')).toEqual([[0, 0]])
  })
})

describe('scoreQuotes', () => {
  it('counts parts and quotes, exact and with overlap, by kind', () => {
    const scores = scoreQuotes(
      [
        {
          gold: [
            direct('Ann', [0, 10], [20, 30]),
            { kind: 'indirect', parts: [r(40, 60)], speaker: 'Bo' },
          ],
          predicted: [direct('Ann', [0, 10], [21, 30]), direct(null, [70, 80])],
        },
      ],
      sameName,
    )
    // Parts: gold 0–10 and 20–30; predicted 0–10, 21–30, 70–80.
    expect(scores.direct.parts.exact).toMatchObject({ truePositives: 1, predicted: 3, gold: 2 })
    expect(scores.direct.parts.overlap).toMatchObject({ truePositives: 2, predicted: 3, gold: 2 })
    expect(scores.direct.parts.overlap.precision).toBeCloseTo(2 / 3)
    expect(scores.direct.parts.overlap.recall).toBe(1)
    expect(scores.direct.parts.overlap.f1).toBeCloseTo(0.8)
    // Quotes: the split quote matches with overlap, not exactly.
    expect(scores.direct.quotes.exact.truePositives).toBe(0)
    expect(scores.direct.quotes.overlap).toMatchObject({ truePositives: 1, predicted: 2, gold: 1 })
    // Nothing predicted as indirect: no precision, recall 0.
    expect(scores.indirect.parts.overlap).toMatchObject({ precision: null, recall: 0, f1: null })
    expect(scores.any.quotes.overlap).toMatchObject({ truePositives: 1, predicted: 2, gold: 2 })
  })

  it('scores speakers on matched gold quotes that have one', () => {
    const scores = scoreQuotes(
      [
        {
          gold: [
            direct('Ann', [0, 10]),
            direct('Bo', [20, 30]),
            direct(null, [40, 50]),
            direct('Cy', [60, 70]),
          ],
          predicted: [direct('Ann', [0, 10]), direct('Al', [20, 30]), direct('Di', [40, 50])],
        },
      ],
      sameName,
    )
    expect(scores.direct.speaker).toMatchObject({
      matched: 2,
      truePositives: 1,
      predicted: 3,
      gold: 3,
    })
    expect(scores.direct.speaker.accuracy).toBe(0.5)
    expect(scores.direct.speaker.precision).toBeCloseTo(1 / 3)
    expect(scores.direct.speaker.recall).toBeCloseTo(1 / 3)
  })

  it('adds the counts of all documents before dividing (micro-average)', () => {
    const scores = scoreQuotes(
      [
        { gold: [direct('A', [0, 10])], predicted: [direct('A', [0, 10])] },
        {
          gold: [direct('B', [0, 10]), direct('C', [20, 30]), direct('D', [40, 50])],
          predicted: [],
        },
      ],
      sameName,
    )
    expect(scores.direct.quotes.overlap.recall).toBe(0.25)
    expect(scores.direct.quotes.overlap.precision).toBe(1)
  })

  it('asks the callback whether two speaker names are the same speaker, per document', () => {
    const seen: [number, string, string][] = []
    scoreQuotes(
      [
        {
          gold: [direct('Alejandro Mayorkas', [0, 10])],
          predicted: [direct('Mr. Mayorkas', [0, 10])],
        },
      ],
      (d, a, b) => {
        seen.push([d, a, b])
        return true
      },
    )
    // Once for the direct kind, once for all kinds together.
    expect(seen).toEqual([
      [0, 'Mr. Mayorkas', 'Alejandro Mayorkas'],
      [0, 'Mr. Mayorkas', 'Alejandro Mayorkas'],
    ])
  })
})
