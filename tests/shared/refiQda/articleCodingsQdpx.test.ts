import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { projectToQdpx } from '../../../src/shared/refiQda/projectToQdpx'
import { qdpxToProject } from '../../../src/shared/refiQda/qdpxToProject'
import { dimensionGuid, valueGuid } from '../../../src/shared/refiQda/codeTree'
import { refiGuid } from '../../../src/shared/refiQda/refiGuid'
import { makeAnnotation } from '../export/fixtures'
import { articleCodings, doc, input, text } from './articleCodingFixtures'
import { xsdErrors } from './validateXsd'

const qde = (bytes: Uint8Array): string =>
  new TextDecoder().decode(unzipSync(bytes)['project.qde'] ?? new Uint8Array())

const selectionOf = (xml: string, codingId: string): string => {
  const guid = refiGuid('articleCoding', codingId)
  const start = xml.indexOf(`<PlainTextSelection guid="${guid}"`)
  return start < 0 ? '' : xml.slice(start, xml.indexOf('</PlainTextSelection>', start))
}

describe('article codings in a .qdpx', () => {
  it('still writes a project.qde that validates against Project-mrt2019.xsd', async () => {
    expect(await xsdErrors(qde(projectToQdpx(input).bytes), 'Project-mrt2019.xsd')).toEqual([])
  })

  it('writes each coder’s article coding as a selection of the whole text with its codes', () => {
    const xml = qde(projectToQdpx(input).bytes)
    const first = selectionOf(xml, 'ac-coder-1')
    expect(first).toContain(`startPosition="0" endPosition="${[...text].length}"`)
    expect(first).toContain('name="Whole article"')
    expect(first).toContain(`creatingUser="${refiGuid('user', 'coder-1')}"`)
    for (const code of [
      valueGuid('primary_frame', 'pf.security'),
      valueGuid('topics', 't.border'),
      valueGuid('topics', 't.courts'),
      dimensionGuid('relevant'),
    ]) {
      expect(first).toContain(`<CodeRef targetGUID="${code}"`)
    }
    expect(first).toContain('Summary: Officials only\nCoding status: Complete')
    expect(selectionOf(xml, 'ac-coder-2')).toContain('Coding status: In progress')
    expect(selectionOf(xml, 'ac-coder-3')).toBe('')
  })

  it('brings the article codings back as article codings, not as spans', () => {
    const back = qdpxToProject(projectToQdpx(input).bytes)
    expect(back.report).toEqual([])
    expect(back.spans).toHaveLength(1)
    expect(back.articleCodings).toEqual(
      articleCodings
        .filter((c) => c.coder !== 'coder-3')
        .map((c) => ({
          sourceGuid: refiGuid('source', doc.id),
          coder: c.coder,
          values: c.values,
          status: c.status,
          createdAt: c.createdAt,
          updatedAt: c.updatedAt,
        })),
    )
  })

  it('keeps a whole-text span of span-level codes a span', () => {
    const whole = makeAnnotation(doc, text, 0, text.length, { stance: 'stance.against' })
    const back = qdpxToProject(
      projectToQdpx({ ...input, annotations: [whole], articleCodings: [] }).bytes,
    )
    expect(back.articleCodings).toEqual([])
    expect(back.spans.map((s) => [s.start, s.end, s.values])).toEqual([
      [0, text.length, { stance: 'stance.against' }],
    ])
  })
})
