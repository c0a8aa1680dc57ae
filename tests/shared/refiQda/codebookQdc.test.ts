import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Codebook } from '../../../src/shared/domain/codebook'
import { codebookToQdc } from '../../../src/shared/refiQda/codebookToQdc'
import { qdcToCodebook } from '../../../src/shared/refiQda/qdcToCodebook'
import { codebook, speakers } from '../export/fixtures'
import { REFI_DIR, xsdErrors } from './validateXsd'

const sample = readFileSync(new URL('samples/spec-A1-codebook.qdc', REFI_DIR), 'utf8')

describe('codebookToQdc', () => {
  it('writes a codebook that validates against Codebook.xsd', async () => {
    expect(await xsdErrors(codebookToQdc(codebook, { speakers }), 'Codebook.xsd')).toEqual([])
  })

  it('writes each dimension as a top-level code with its values nested by parent', () => {
    const xml = codebookToQdc(codebook)
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Newscoder">')
    const { dimensions } = qdcToCodebook(xml)
    const sourceType = dimensions.find((d) => d.id === 'source_type')
    const executive = sourceType?.values.find((v) => v.label === 'Executive')
    const parent = sourceType?.values.find((v) => v.id === executive?.parentId)
    expect(parent?.label).toBe('Official / government')
  })

  it('gives the same GUIDs in every export and different GUIDs to different codes', () => {
    const first = codebookToQdc(codebook)
    expect(codebookToQdc(structuredClone(codebook))).toBe(first)
    const guids = [...first.matchAll(/guid="([^"]+)"/g)].map((m) => m[1])
    expect(new Set(guids).size).toBe(guids.length)
    expect(guids[0]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
  })

  it('escapes markup in labels and drops characters XML cannot hold', async () => {
    const tricky: Codebook = structuredClone(codebook)
    const stance = tricky.dimensions[0]
    if (stance?.values[0] === undefined) throw new Error('fixture changed')
    stance.values[0].label = 'A & <B> "C" \u0001'
    stance.values[0].definition = 'x < y && ]]> done'
    const xml = codebookToQdc(tricky)
    expect(await xsdErrors(xml, 'Codebook.xsd')).toEqual([])
    const back = qdcToCodebook(xml).dimensions[0]?.values[0]
    expect(back?.label).toBe('A & <B> "C" \ufffd')
    expect(back?.definition).toBe('x < y && ]]> done')
  })

  it('writes a codebook without dimensions as one code, as the schema needs one', async () => {
    const empty: Codebook = { ...codebook, dimensions: [] }
    expect(await xsdErrors(codebookToQdc(empty), 'Codebook.xsd')).toEqual([])
  })
})

describe('qdcToCodebook', () => {
  it('gives back every dimension of a Newscoder codebook: ids, columns, kinds, ranks, colours', () => {
    const { dimensions, report } = qdcToCodebook(codebookToQdc(codebook, { speakers }))
    expect(dimensions).toEqual(codebook.dimensions)
    expect(report).toEqual([
      '1 speaker code was not imported: speakers belong to a project\u2019s registry, not to its codebook.'.replace(
        '\u2019',
        "'",
      ),
    ])
  })

  it('keeps skip logic (show a dimension only for given values of another)', () => {
    const withSkip: Codebook = structuredClone(codebook)
    const last = withSkip.dimensions.at(-1)
    if (last === undefined) throw new Error('fixture changed')
    last.showWhen = { dimensionId: 'identification', valueIds: ['identification.anonymous'] }
    expect(qdcToCodebook(codebookToQdc(withSkip)).dimensions.at(-1)?.showWhen).toEqual(
      last.showWhen,
    )
  })

  it('imports the specification\u2019s Annex A.1 codebook with names, descriptions and colours', () => {
    const { dimensions, report } = qdcToCodebook(sample)
    expect(dimensions).toHaveLength(1)
    const codes = dimensions[0]
    expect(codes).toMatchObject({ id: 'codes', name: 'Codes', kind: 'multi', scope: 'span' })
    expect(codes?.values.map((v) => v.label)).toEqual([
      'Topics',
      'Economy',
      'Health care',
      'Values',
      'Conservatives',
      'Liberals',
    ])
    expect(codes?.values[1]).toMatchObject({
      id: 'd7aa29da-519b-4946-9b90-253b6db8fd0a',
      definition: 'Anything about jobs or taxes or business',
      color: '#ffff00',
      parentId: null,
    })
    expect(report).toContain(
      '2 codes were marked not codable (a group) in the file; in Newscoder they are values like the others.',
    )
  })

  it('keeps the hierarchy of a nested codebook from another tool', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="OtherTool">
 <Codes>
  <Code guid="{AAAAAAAA-0000-4000-8000-000000000001}" name="Actors &amp; roles" isCodable="false">
   <Code guid="aaaaaaaa-0000-4000-8000-000000000002" name="Police" isCodable="true" color="#123456"/>
  </Code>
 </Codes>
 <Sets><Set guid="aaaaaaaa-0000-4000-8000-000000000003" name="S"/></Sets>
</CodeBook>`
    const { dimensions, report } = qdcToCodebook(xml)
    const [group, police] = dimensions[0]?.values ?? []
    expect(group).toMatchObject({
      label: 'Actors & roles',
      id: 'aaaaaaaa-0000-4000-8000-000000000001',
    })
    expect(police).toMatchObject({ label: 'Police', parentId: group?.id, color: '#123456' })
    expect(report).toContain('1 set was not imported: Newscoder has no code sets.')
  })

  it('refuses a DOCTYPE, malformed XML, another root element and an empty codebook', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><CodeBook><Codes/></CodeBook>`
    expect(() => qdcToCodebook(bomb)).toThrow(/DOCTYPE/)
    expect(() => qdcToCodebook('<CodeBook><Codes></CodeBook>')).toThrow(/not well-formed \(line 1/)
    expect(() => qdcToCodebook('<Project name="x"/>')).toThrow(
      'Expected a <CodeBook> root element, found <Project>.',
    )
    expect(() => qdcToCodebook('<CodeBook><Codes/></CodeBook>')).toThrow(
      'The codebook holds no codes.',
    )
  })

  it('reports duplicate GUIDs and unnamed codes instead of failing', () => {
    const xml = `<CodeBook><Codes>
<Code guid="aaaaaaaa-0000-4000-8000-000000000001" name="" isCodable="true"/>
<Code guid="AAAAAAAA-0000-4000-8000-000000000001" name="Twin" isCodable="true"/>
</Codes></CodeBook>`
    const { dimensions, report } = qdcToCodebook(xml)
    expect(dimensions[0]?.values.map((v) => v.label)).toEqual(['(unnamed code)'])
    expect(report).toHaveLength(2)
  })
})
