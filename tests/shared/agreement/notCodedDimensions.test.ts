import { describe, expect, it } from 'vitest'
import { agreementHtml } from '../../../src/shared/agreement/agreementHtml'
import { computeAgreement } from '../../../src/shared/agreement/computeAgreement'
import type { Dimension } from '../../../src/shared/domain/codebook'
import { sourcingAndStanceDimensions } from './stanceDimensions'

// A second article dimension that neither coder touches.
const frame: Dimension = {
  description: '',
  required: false,
  showWhen: null,
  id: 'frame',
  name: 'Frame',
  column: 'frame',
  kind: 'single',
  scope: 'article',
  values: [
    {
      id: 'conflict',
      label: 'Conflict',
      definition: '',
      parentId: null,
      color: '',
      shortcut: '',
      rank: null,
    },
    {
      id: 'economy',
      label: 'Economy',
      definition: '',
      parentId: null,
      color: '',
      shortcut: '',
      rank: null,
    },
  ],
}

const report = computeAgreement({
  dimensions: [...sourcingAndStanceDimensions(), frame],
  documents: [
    { id: 'd1', title: 'One', length: 100 },
    { id: 'd2', title: 'Two', length: 100 },
  ],
  spans: [
    { id: 's1', documentId: 'd1', coder: 'A', start: 0, end: 10, values: { stance: 'favour' } },
    { id: 's2', documentId: 'd1', coder: 'B', start: 0, end: 10, values: { stance: 'favour' } },
  ],
  articleCodings: [
    { documentId: 'd1', coder: 'A', values: { tone: 'pro' } },
    { documentId: 'd1', coder: 'B', values: { tone: 'anti' } },
  ],
  coders: ['A', 'B'],
  rule: { kind: 'exact' },
  seed: 1,
  resamples: 50,
})

describe('computeAgreement with a dimension nobody coded', () => {
  it('gives it no coefficient rows and no confusion table, and names it as not coded', () => {
    expect(report.rows.filter((r) => r.dimensionId === 'frame')).toEqual([])
    expect(report.diagnostics.filter((d) => d.dimensionId === 'frame')).toEqual([])
    expect(report.notCoded).toEqual(['Frame'])
  })

  it('still reports the dimensions that were coded', () => {
    expect(report.rows.some((r) => r.dimensionId === 'tone')).toBe(true)
    expect(report.rows.some((r) => r.dimensionId === 'stance')).toBe(true)
  })

  it('says so in the printable report instead of printing undefined coefficients', () => {
    const html = agreementHtml(report, 'Project', '2026-01-01')
    expect(html).toContain('Not coded by the chosen coders: Frame.')
    expect(html).not.toMatch(/>Frame</)
  })
})
