import { describe, expect, it } from 'vitest'
import { codebookToJson, parseCodebookJson } from '../../../src/shared/codebook/codebookJson'
import { printCodebook } from '../../../src/shared/codebook/printCodebook'
import { newValue } from '../../../src/shared/codebook/valueOps'
import type { Codebook } from '../../../src/shared/domain/codebook'
import { dims } from './fixtures'

const codebook = (): Codebook => ({
  id: 'cb',
  projectId: 'p',
  name: 'Sourcing and stance',
  version: 4,
  dimensions: dims(),
  updatedAt: 0,
})

describe('codebook JSON', () => {
  it('round-trips every dimension and value losslessly', () => {
    const original = codebook()
    const stance = original.dimensions[0]!
    stance.values[0] = {
      ...stance.values[0]!,
      inclusion: 'calls for',
      exclusion: 'irony',
      example: '“Never.”',
    }
    const result = parseCodebookJson(codebookToJson(original, 0))
    expect(result).toEqual({
      ok: true,
      codebook: { name: original.name, version: 4, dimensions: original.dimensions },
    })
  })

  it('refuses text that is not JSON, JSON of another kind, and a malformed codebook, by name', () => {
    expect(parseCodebookJson('{oops')).toEqual({ ok: false, error: 'This file is not valid JSON.' })
    expect(parseCodebookJson('{"a":1}')).toMatchObject({
      ok: false,
      error: /not a Newscoder codebook/,
    })
    const bad = JSON.parse(codebookToJson(codebook(), 0))
    bad.dimensions[0].column = 'Has Spaces'
    expect(parseCodebookJson(JSON.stringify(bad))).toMatchObject({
      ok: false,
      error: /malformed: dimensions\.0\.column/,
    })
  })

  it('refuses a codebook whose references do not hold', () => {
    const broken = codebook()
    broken.dimensions[0]!.values.push(newValue('x', 'X', 'nowhere'))
    expect(parseCodebookJson(codebookToJson(broken, 0))).toMatchObject({
      ok: false,
      error: /inconsistent: Value “X” of “Stance” has a parent that does not exist/,
    })
    const clash = codebook()
    clash.dimensions[1]!.column = 'stance_score'
    expect(parseCodebookJson(codebookToJson(clash, 0))).toMatchObject({
      ok: false,
      error: /stance_score/,
    })
  })
})

describe('printable codebook', () => {
  it('lists every dimension and value with its rules, escaped, and the skip logic in words', () => {
    const c = codebook()
    c.dimensions[0]!.values[1] = {
      ...c.dimensions[0]!.values[1]!,
      definition: 'Opposes <b>it</b>',
      example: 'We object',
    }
    const html = printCodebook(c, 'Study & co', 0)
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toContain('Study &amp; co')
    expect(html).toContain('Opposes &lt;b&gt;it&lt;/b&gt;')
    expect(html).toContain('<em>Example:</em> We object')
    for (const d of c.dimensions) expect(html).toContain(d.name.replace('/', '/'))
    expect(html).toContain('Coded only when Identification is “Anonymous”.')
    expect(html).toContain('Police / military / security')
  })
})
