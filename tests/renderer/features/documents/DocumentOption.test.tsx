import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { DocumentOption } from '../../../../src/renderer/features/documents/DocumentOption'

const row = (inSample: boolean) => (
  <div role="listbox" aria-label="Documents">
    <DocumentOption
      id="row-1"
      document={{ id: 'd1', title: 'Budget row', outlet: 'Daily', date: '2024-01-02' }}
      status="not_started"
      inSample={inSample}
      selected={false}
      active={false}
      position={1}
      setSize={1}
      top={0}
      height={40}
      onPick={() => undefined}
    />
  </div>
)

afterEach(cleanup)

describe('DocumentOption', () => {
  it('marks a reliability-sample document so that screen readers hear it', () => {
    render(row(true))
    expect(screen.getByRole('option', { name: /In reliability sample/ })).toBeTruthy()
  })

  it('adds no sample mark to other documents', () => {
    render(row(false))
    expect(screen.getByRole('option').textContent).not.toMatch(/sample/i)
  })
})
