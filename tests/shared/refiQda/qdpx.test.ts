import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { ProjectExportInput } from '../../../src/shared/export/exportTables'
import { projectToQdpx } from '../../../src/shared/refiQda/projectToQdpx'
import { qdpxToProject } from '../../../src/shared/refiQda/qdpxToProject'
import { makeAnnotation, makeDocument, makeInput } from '../export/fixtures'
import { xsdErrors } from './validateXsd'

const text = 'Headline 👍🏽 here\n\nMayorkas said “I’m opposed” & <left>.\n\nLast 𠀋 line.'
const doc = makeDocument('d1', 'A & B', text)
const at = (quote: string): [number, number] => {
  const start = text.indexOf(quote)
  return [start, start + quote.length]
}
const annotations = [
  makeAnnotation(doc, text, ...at('“I’m opposed”'), {
    stance: 'stance.against',
    speaker: 'sp1',
    source_type: 'source_type.official.executive',
    frames: ['f.econ', 'f.legal'],
    anon: true,
    note: 'said twice',
    count: 2,
  }),
  makeAnnotation(doc, text, ...at('𠀋 line'), {}, { memo: 'check this', coder: 'coder-2' }),
]
const input: ProjectExportInput = {
  ...makeInput([{ document: doc, text }], annotations),
  articleCodings: [],
}

const qde = (bytes: Uint8Array): string =>
  new TextDecoder().decode(unzipSync(bytes)['project.qde'] ?? new Uint8Array())

describe('projectToQdpx', () => {
  it('writes a project.qde that validates against Project-mrt2019.xsd', async () => {
    const { bytes, skipped } = projectToQdpx(input)
    expect(skipped).toBe(0)
    expect(await xsdErrors(qde(bytes), 'Project-mrt2019.xsd')).toEqual([])
  })

  it('puts each text in the lower-case sources folder and counts offsets in code points', () => {
    const files = unzipSync(projectToQdpx(input).bytes)
    const paths = Object.keys(files)
    expect(paths).toHaveLength(2)
    const source = paths.find((p) => p.startsWith('sources/') && p.endsWith('.txt'))
    expect(new TextDecoder().decode(files[source ?? ''])).toBe(text)
    const xml = qde(projectToQdpx(input).bytes)
    const [start, end] = at('𠀋 line')
    const cp = (i: number): number => [...text.slice(0, i)].length
    expect(xml).toContain(`startPosition="${cp(start)}" endPosition="${cp(end)}"`)
    expect(cp(start)).toBeLessThan(start)
  })

  it('gives the same bytes for the project.qde of two exports', () => {
    expect(qde(projectToQdpx(input).bytes)).toBe(qde(projectToQdpx(structuredClone(input)).bytes))
  })
})

/**
 * A zip whose central directory declares `size` unpacked and `packed` packed bytes for its
 * project.qde, as a zip bomb's does; the reader must refuse it before inflating anything.
 */
function declaring(size: number, packed: number): Uint8Array {
  const zip = zipSync({ 'project.qde': strToU8('<Project name="x"/>') })
  const view = new DataView(zip.buffer)
  for (let i = zip.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x02014b50) {
      view.setUint32(i + 20, packed, true)
      view.setUint32(i + 24, size, true)
      return zip
    }
  }
  throw new Error('no central directory')
}

describe('qdpxToProject', () => {
  it('brings back texts, codebook, speakers, coders and codings of a Newscoder export', () => {
    const back = qdpxToProject(projectToQdpx(input).bytes)
    expect(back.name).toBe(input.project.name)
    expect(back.sources).toEqual([
      expect.objectContaining({ name: 'A & B', text, description: expect.stringContaining('Law') }),
    ])
    expect(back.dimensions).toEqual(input.codebook.dimensions)
    expect(back.speakers).toEqual([{ id: 'sp1', name: 'Alejandro Mayorkas', affiliation: 'DHS' }])
    const spans = back.spans.map((s) => ({
      start: s.start,
      end: s.end,
      coder: s.coder,
      values: s.values,
      memo: s.memo,
    }))
    expect(spans).toEqual(
      annotations.map((a) => ({
        start: a.start,
        end: a.end,
        coder: a.coder,
        values: a.values,
        memo: a.memo,
      })),
    )
    expect(back.report).toEqual([])
  })

  it('imports a hand-made project with inline text, braced upper-case GUIDs and nested codes', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Other tool" origin="QualCoder">
 <Users><User guid="{AD68FBE7-E1EE-4A82-A279-23CC698C89EB}" name="Ann"/></Users>
 <CodeBook><Codes>
  <Code guid="{0000000A-0000-4000-8000-000000000001}" name="Food" isCodable="true" color="#46AA00">
   <Code guid="0000000A-0000-4000-8000-000000000002" name="Coke" isCodable="true"/>
  </Code>
 </Codes></CodeBook>
 <Sources>
  <TextSource guid="0000000A-0000-4000-8000-000000000010" name="Mabel.txt">
   <PlainTextContent>Ich 💙 Coke &amp; cornflakes.</PlainTextContent>
   <PlainTextSelection guid="0000000A-0000-4000-8000-000000000011" startPosition="6" endPosition="10"
     creatingUser="ad68fbe7-e1ee-4a82-a279-23cc698c89eb">
    <Description>a memo</Description>
    <Coding guid="0000000A-0000-4000-8000-000000000012"><CodeRef targetGUID="{0000000A-0000-4000-8000-000000000002}"/></Coding>
    <Coding guid="0000000A-0000-4000-8000-000000000013"><CodeRef targetGUID="0000000A-0000-4000-8000-000000000001"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="0000000A-0000-4000-8000-000000000014" startPosition="20" endPosition="99"/>
  </TextSource>
  <PictureSource guid="0000000A-0000-4000-8000-000000000020" path="internal://x.jpg"/>
 </Sources>
 <Notes><Note guid="0000000A-0000-4000-8000-000000000030"/></Notes>
</Project>`
    const back = qdpxToProject(zipSync({ 'project.qde': strToU8(xml) }))
    expect(back.sources[0]?.text).toBe('Ich 💙 Coke & cornflakes.')
    const [codes] = back.dimensions
    expect(codes?.values.map((v) => [v.label, v.parentId])).toEqual([
      ['Food', null],
      ['Coke', '0000000a-0000-4000-8000-000000000001'],
    ])
    expect(back.spans).toHaveLength(1)
    const span = back.spans[0]
    expect(back.sources[0]?.text.slice(span?.start, span?.end)).toBe('Coke')
    expect(span).toMatchObject({
      coder: 'Ann',
      memo: 'a memo',
      values: {
        codes: ['0000000a-0000-4000-8000-000000000002', '0000000a-0000-4000-8000-000000000001'],
      },
    })
    expect(back.report).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\(20\.\.99\) lies outside the text of 24 characters/),
        '1 PictureSource element(s) were not imported: Newscoder codes text only.',
        'The project’s Notes were not imported.',
      ]),
    )
  })

  it('refuses a zip bomb, a DOCTYPE, something that is not a zip, and an archive without project.qde', () => {
    expect(() => qdpxToProject(declaring(2 ** 31, 1000))).toThrow(/unpacks to more than 256 MB/)
    expect(() => qdpxToProject(declaring(2 * 1024 * 1024, 100))).toThrow(/as zip bombs are/)
    const dtd = `<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa">]><Project name="x">&a;</Project>`
    expect(() => qdpxToProject(zipSync({ 'project.qde': strToU8(dtd) }))).toThrow(/DOCTYPE/)
    expect(() => qdpxToProject(strToU8('<Project/>'))).toThrow(/zip archive/)
    expect(() => qdpxToProject(zipSync({ 'a.txt': strToU8('x') }))).toThrow(/no project\.qde/)
  })

  it('reports a text file that is missing and refuses a project with no text', () => {
    const xml = `<Project name="x"><Sources><TextSource guid="0000000a-0000-4000-8000-000000000010" name="gone" plainTextPath="internal://nope.txt"/></Sources></Project>`
    expect(() => qdpxToProject(zipSync({ 'project.qde': strToU8(xml) }))).toThrow(
      'The project holds no text source Newscoder can import.',
    )
  })
})
