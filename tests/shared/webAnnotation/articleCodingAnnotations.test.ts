import { describe, expect, it } from 'vitest'
import {
  documentIri,
  toWebAnnotations,
  webAnnotationCollection,
} from '../../../src/shared/webAnnotation/toWebAnnotations'
import { articleCodingIri } from '../../../src/shared/webAnnotation/articleCodingAnnotations'
import { doc, input } from '../refiQda/articleCodingFixtures'
import { checkDocument, mustValidator } from './mustValidator'

const validate = mustValidator()

describe('article codings as Web Annotations', () => {
  it('exports one annotation per coded article coding that passes every MUST assertion', () => {
    const { annotations } = toWebAnnotations(input)
    expect(annotations.map((a) => a.id)).toEqual([
      articleCodingIri('ac-coder-1'),
      articleCodingIri('ac-coder-2'),
      expect.stringMatching(/^urn:uuid:/), // the span
    ])
    for (const a of annotations) expect(checkDocument(validate, a)).toEqual([])
    const collection = webAnnotationCollection('p1', 'Project', annotations)
    expect(checkDocument(validate, JSON.parse(JSON.stringify(collection)))).toEqual([])
  })

  it('targets the whole document without a selector and tags the article-level codes', () => {
    const [first, second] = toWebAnnotations(input).annotations
    expect(first?.target).toBe(documentIri(doc.id))
    expect(first?.motivation).toBe('tagging')
    expect(first?.creator).toEqual({ type: 'Person', name: 'coder-1' })
    expect(first?.body?.map((b) => [b.purpose, b.value])).toEqual([
      ['tagging', 'Primary frame: Security and defense'],
      ['tagging', 'Topics: Border'],
      ['tagging', 'Topics: Courts'],
      ['tagging', 'Relevant'],
      ['describing', 'Summary: Officials only'],
      ['describing', 'Coding status: Complete'],
    ])
    expect(second?.body?.map((b) => b.value)).toEqual([
      'Primary frame: Economic',
      'Coding status: In progress',
    ])
  })
})
