import { describe, expect, it } from 'vitest'
import { checkDocument, mustValidator, samples } from './mustValidator'

const validate = mustValidator()

describe('the MUST-assertion harness built on the W3C web-annotation-tests schemas', () => {
  it('accepts every correct sample, collections and pages through their annotations', () => {
    const correct = samples('correct')
    expect(correct).toHaveLength(45)
    const failing = correct.filter(([, doc]) => checkDocument(validate, doc).length > 0)
    expect(failing.map(([name]) => name)).toEqual([])
  })

  it('rejects all 39 incorrect samples', () => {
    const incorrect = samples('incorrect')
    expect(incorrect).toHaveLength(39)
    const passing = incorrect.filter(([, doc]) => checkDocument(validate, doc).length === 0)
    expect(passing.map(([name]) => name)).toEqual([])
  })
})
