import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { AgreementResults } from '../../../../src/renderer/features/agreement/AgreementResults'
import { computeAgreement } from '../../../../src/shared/agreement/computeAgreement'
import { sourcingAndStanceDimensions } from '../../../shared/agreement/stanceDimensions'

describe('AgreementResults', () => {
  it('names dimensions nobody coded instead of listing undefined coefficients', () => {
    // Only the article tone is coded: the span stance dimension has no values at all.
    const report = computeAgreement({
      dimensions: sourcingAndStanceDimensions(),
      documents: [{ id: 'd1', title: 'One', length: 100 }],
      spans: [],
      articleCodings: [
        { documentId: 'd1', coder: 'A', values: { tone: 'pro' } },
        { documentId: 'd1', coder: 'B', values: { tone: 'pro' } },
      ],
      coders: ['A', 'B'],
      rule: { kind: 'exact' },
      seed: 1,
      resamples: 20,
    })
    render(<AgreementResults report={report} label={(_d, v) => v} titleOf={(id) => id} />)
    expect(screen.getByText('Not coded by the chosen coders: Stance.')).toBeTruthy()
    const table = screen.getByRole('table', { name: 'Agreement coefficients' })
    expect(within(table).queryByText('Stance')).toBeNull()
    expect(within(table).getAllByText('Tone').length).toBeGreaterThan(0)
  })
})
