import { expect, test } from '@playwright/test'
import { sourcingAndStanceDimensions } from '../src/shared/codebook/sourcingAndStance'
import type { AgreementSpan } from '../src/shared/agreement/agreementTypes'
import { computeAgreement } from '../src/shared/agreement/computeAgreement'
import { createRng } from './prng'
import { recordFigure } from './results'

const DOCUMENTS = 2000
const CODERS = ['Ana', 'Ben', 'Chloé']
const SPANS = 20
const STANCES = ['stance.against', 'stance.neutral', 'stance.in_favour', 'stance.unclear']

test('agreement over 2,000 documents × 3 coders × 20 spans each', () => {
  const rng = createRng(2_000_3_20)
  const documents = Array.from({ length: DOCUMENTS }, (_, i) => ({
    id: `d${i}`,
    title: `Article ${i}`,
    length: 20_000,
  }))
  // Coders mark the same 20 quotes per article with jittered boundaries and mostly equal codes,
  // plus the occasional span only one coder saw: the shape of a real reliability sample.
  const spans: AgreementSpan[] = []
  for (const doc of documents) {
    for (let k = 0; k < SPANS; k++) {
      const start = k * 900 + rng.int(0, 200)
      const end = start + rng.int(80, 400)
      const stance = rng.pick(STANCES)
      for (const coder of CODERS) {
        if (rng.chance(0.05)) continue
        spans.push({
          id: rng.uuid(),
          documentId: doc.id,
          coder,
          start: start + rng.int(-10, 10) + 10,
          end: end + rng.int(-10, 10),
          values: { stance: rng.chance(0.8) ? stance : rng.pick(STANCES) },
        })
      }
    }
  }
  const started = performance.now()
  const report = computeAgreement({
    dimensions: sourcingAndStanceDimensions(),
    documents,
    spans,
    articleCodings: [],
    coders: CODERS,
    rule: { kind: 'overlap', minOverlap: 0.5 },
    seed: 1,
  })
  const ms = performance.now() - started
  expect(report.rows.length).toBeGreaterThan(0)
  recordFigure({
    key: 'agreement',
    label: 'Agreement, 2,000 docs × 3 coders × 20 spans, Node',
    unit: 'ms',
    target: 2000,
    value: ms,
    method:
      'computeAgreement in Node: overlap ≥ 50 % matching, stance at both levels with 1,000-resample bootstrap CIs, pairwise and all-coder rows, unitized alpha',
    details: { spans: spans.length },
  })
})
