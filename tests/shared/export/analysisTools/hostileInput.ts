import type { ArticleCoding } from '../../../../src/shared/domain/articleCoding'
import type { ProjectExportInput } from '../../../../src/shared/export/exportTables'
import { T0, makeAnnotation, makeDocument, makeInput } from '../fixtures'

/**
 * A project whose values are the ones CSV readers get wrong: quotes, commas and line breaks
 * inside values, formula triggers, leading zeros, words readers take for missing values ("NA",
 * "NULL"), booleans, dates, non-BMP characters and combining marks, NBSP, tabs, spans with
 * surrounding spaces, empty cells and a long text.
 */
export function hostileInput(): ProjectExportInput {
  const text = [
    'Headline, "quoted" & =SUM(A1)',
    ' Lead says 👍🏽 a lot — «NA» and NULL.\tTabbed.',
    'Line one\nline two of one paragraph; café (e\u0301) costs 007 €.',
    `+1 and -2 and @handle said TRUE on 2024-05-17. ${'Long body. '.repeat(400)}`,
  ].join('\n\n')
  const doc = makeDocument('d1', '=HYPERLINK("http://x") "Title", with comma', text)
  doc.attributes = { page: '007', flag: 'TRUE', missing: 'NA', nothing: '' }
  doc.author = 'NULL'
  const other = makeDocument('d2', 'Second\narticle', 'Only a headline')
  const at = (quote: string): [number, number] => {
    const start = text.indexOf(quote)
    if (start < 0) throw new Error(`not in the text: ${quote}`)
    return [start, start + quote.length]
  }
  const annotations = [
    makeAnnotation(doc, text, ...at('"quoted" & =SUM(A1)'), { note: '=cmd|" /C calc"!A0' }),
    makeAnnotation(doc, text, ...at(' Lead says 👍🏽 a lot '), { stance: 'stance.against' }),
    makeAnnotation(doc, text, ...at('Line one\nline two'), { frames: ['f.econ', 'f.legal'] }),
    makeAnnotation(doc, text, ...at('café (e\u0301) costs 007'), { count: 7, anon: true }),
    makeAnnotation(doc, text, ...at('+1 and -2 and @handle'), { speaker: 'sp1' }, { memo: 'NA' }),
    makeAnnotation(doc, text, ...at('«NA» and NULL.\tTabbed.'), {}, { memo: '\t  ' }),
  ]
  const coding: ArticleCoding = {
    id: 'ac1',
    projectId: 'p1',
    documentId: 'd1',
    coder: 'coder-1',
    values: { tone: 'NA' },
    status: 'complete',
    codebookVersion: 1,
    createdAt: T0,
    updatedAt: T0,
  }
  return {
    ...makeInput(
      [
        { document: doc, text },
        { document: other, text: 'Only a headline' },
      ],
      annotations,
    ),
    articleCodings: [coding],
  }
}
