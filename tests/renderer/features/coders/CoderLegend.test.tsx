import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CoderLegend } from '../../../../src/renderer/features/coders/CoderLegend'
import { coderColour } from '../../../../src/renderer/features/coders/coderColour'

describe('CoderLegend', () => {
  it("lists every shown coder with their colour, and the colour of several coders' overlap", () => {
    render(<CoderLegend coders={['Ana', 'Ben']} />)
    const list = screen.getByRole('list', { name: 'Coder colours' })
    const items = within(list).getAllByRole('listitem')
    expect(items.map((i) => i.textContent)).toEqual(['Ana', 'Ben', 'several coders'])
    expect(items[0]?.querySelector(`.nc-coder-${coderColour('Ana')}`)).not.toBeNull()
    expect(items[2]?.querySelector('.nc-coder-mixed')).not.toBeNull()
  })
})
