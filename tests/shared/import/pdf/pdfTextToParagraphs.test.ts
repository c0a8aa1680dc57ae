import { describe, expect, it } from 'vitest'
import type { PdfTextItem } from '../../../../src/shared/import/pdf/pdfLines'
import { pdfTextToParagraphs } from '../../../../src/shared/import/pdf/pdfTextToParagraphs'

/** One line of text at baseline `y`, left edge `x`, in type of `size` points. */
const line = (str: string, y: number, size = 11, x = 72): PdfTextItem => ({
  str,
  hasEOL: true,
  transform: [size, 0, 0, size, x, y],
  height: size,
})

/** Lines of one size set `leading` points apart from `top` down. */
const block = (texts: string[], top: number, size = 11, leading = 15, x = 72) =>
  texts.map((text, i) => line(text, top - i * leading, size, x))

describe('pdfTextToParagraphs', () => {
  it('keeps a headline set over several lines in large type as one paragraph', () => {
    const page = [
      ...block(
        ['DHS secretary won’t', 'abolish ICE, now planning', 'action against cities'],
        760,
        30,
        33,
      ),
      ...block(['WASHINGTON — A member of the cabinet', 'has changed his tune.'], 690),
      ...block(['Mayorkas also said more.'], 652),
    ]
    expect(pdfTextToParagraphs([page])).toEqual([
      'DHS secretary won’t abolish ICE, now planning action against cities',
      'WASHINGTON — A member of the cabinet has changed his tune.',
      'Mayorkas also said more.',
    ])
  })

  it('starts a paragraph where the font size changes, even without a gap', () => {
    const page = [
      line('Kicker in small type', 700, 8),
      ...block(['Body text begins', 'and goes on.'], 690),
    ]
    expect(pdfTextToParagraphs([page])).toEqual([
      'Kicker in small type',
      'Body text begins and goes on.',
    ])
  })

  it('does not split a line at a footnote mark in smaller type', () => {
    const page = [
      {
        str: 'Ships queued for days',
        hasEOL: false,
        transform: [11, 0, 0, 11, 72, 700],
        height: 11,
      },
      { str: '1', hasEOL: true, transform: [6, 0, 0, 6, 180, 704], height: 6 },
      line('outside the harbour.', 685),
    ]
    expect(pdfTextToParagraphs([page])).toEqual(['Ships queued for days1 outside the harbour.'])
  })

  it('breaks paragraphs at a gap a third of a line wider than the usual spacing', () => {
    const page = [
      ...block(['First paragraph line one', 'and line two.'], 700),
      // 15 pt leading; 20 pt is over 1.3 times that, 18 pt (rounding, a raised letter) is not.
      ...block(['Second paragraph', 'goes on.'], 665),
      ...block(['still the second.'], 632),
    ]
    expect(pdfTextToParagraphs([page])).toEqual([
      'First paragraph line one and line two.',
      'Second paragraph goes on. still the second.',
    ])
  })

  it('runs a paragraph on from the foot of one column to the top of the next', () => {
    const page = [
      ...block(['The crash happened', 'on August 27. He died at'], 700, 11, 15, 62),
      ...block(['John Radcliffe Hospital later.', 'The wreck occurred near'], 700, 11, 15, 310),
      ...block(['RAF Croughton.'], 670, 11, 15, 310),
    ]
    expect(pdfTextToParagraphs([page])).toEqual([
      'The crash happened on August 27. He died at John Radcliffe Hospital later. The wreck occurred near RAF Croughton.',
    ])
  })

  it('ends a paragraph that ends a column with a sentence', () => {
    const page = [
      ...block(['Left column ends here.'], 700, 11, 15, 62),
      ...block(['Right column starts anew.'], 700, 11, 15, 310),
    ]
    expect(pdfTextToParagraphs([page])).toEqual([
      'Left column ends here.',
      'Right column starts anew.',
    ])
  })

  it('starts a paragraph on the next page where the type size changes', () => {
    const pages = [block(['Body text without an end'], 100), block(['Next headline'], 760, 24)]
    expect(pdfTextToParagraphs(pages)).toEqual(['Body text without an end', 'Next headline'])
  })

  it('repairs words hyphenated at a line end with the whole document as vocabulary', () => {
    const page = [
      ...block(
        [
          'The immigrant-rights groups and the',
          'immigrant-',
          'rights lawyers met the inter‐',
          'national team.',
        ],
        700,
      ),
    ]
    expect(pdfTextToParagraphs([page])).toEqual([
      'The immigrant-rights groups and the immigrant-rights lawyers met the international team.',
    ])
  })

  it('keeps a typed hyphen at a line end when the producer marks the hyphens it inserts', () => {
    const page = block(['A nineteen-year-old driver and a well-', 'known rider.'], 700)
    expect(pdfTextToParagraphs([page], true)).toEqual([
      'A nineteen-year-old driver and a well-known rider.',
    ])
    expect(pdfTextToParagraphs([page], false)).toEqual([
      'A nineteen-year-old driver and a wellknown rider.',
    ])
  })
})
