import { describe, expect, it } from 'vitest'
import writeExcelFile from 'write-excel-file/node'
import { MAX_IMPORT_FILE_BYTES } from '../../../src/shared/ipc/contract'
import { parseFile } from '../../../src/shared/import/parseFile'
import { input, makeDocx, makePdf } from './makeFixtures'

describe('Markdown', () => {
  it('is reduced to its text with paragraphs kept and no markup', async () => {
    const md =
      '# Storm hits coast\n\nWinds of **120 km/h** were [measured](https://x.example) on\nFriday.\n\n- Ferries stopped\n- Schools closed\n\n> “We were lucky,” a resident said.\n\n<div onclick="x()">raw html</div>\n\n![photo](p.jpg)\n\nAT&amp;T lines are down.'
    expect(await parseFile(input('storm.md', md))).toEqual({
      ok: true,
      kind: 'articles',
      encoding: 'utf-8',
      articles: [
        {
          title: 'Storm hits coast',
          text: 'Storm hits coast\n\nWinds of 120 km/h were measured on Friday.\n\nFerries stopped\n\nSchools closed\n\n“We were lucky,” a resident said.\n\nAT&T lines are down.',
        },
      ],
    })
  })
})

describe('MHTML', () => {
  it('imports the article of the quoted-printable HTML part', async () => {
    const mhtml = [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="----=_b"; type="text/html"',
      '',
      '------=_b',
      'Content-Type: text/html; charset="utf-8"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<html><head><meta property=3D"og:title" content=3D"Bridge reopens"><script>window.__pwned=',
      '=3D1</script></head><body><article><h1>Bridge reopens</h1><p>The bridge reopened on Monday =',
      'after repairs that took six weeks and cost the city =E2=82=AC2 million, officials said.</p>',
      '<p>Traffic was light in the morning but grew in the afternoon as commuters returned.</p></article></body></html>',
      '------=_b',
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      '',
      'iVBORw0KGgo=',
      '------=_b--',
    ].join('\r\n')
    const outcome = await parseFile(input('bridge.mhtml', mhtml))
    if (!outcome.ok || outcome.kind !== 'articles') throw new Error(JSON.stringify(outcome))
    expect(outcome.articles[0]?.title).toBe('Bridge reopens')
    expect(outcome.articles[0]?.text).toContain('cost the city €2 million, officials said.')
    expect(outcome.articles[0]?.text).not.toContain('__pwned')
  })
})

describe('Word files', () => {
  it('imports paragraphs and headings as paragraphs, headline first', async () => {
    const docx = makeDocx([
      { heading: 'Council backs harbour plan' },
      'The council voted 31 to 12 on Tuesday.',
      'Opponents said the plan “ignores residents”.',
    ])
    const outcome = await parseFile(input('harbour.docx', docx))
    expect(outcome).toEqual({
      ok: true,
      kind: 'articles',
      articles: [
        {
          title: 'Council backs harbour plan',
          text: 'Council backs harbour plan\n\nThe council voted 31 to 12 on Tuesday.\n\nOpponents said the plan “ignores residents”.',
        },
      ],
    })
  })

  it('refuses a Word file that declares entities, before any XML parser sees it', async () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaa">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>'
    const outcome = await parseFile(input('dtd.docx', makeDocx([], xml)))
    expect(outcome).toEqual({
      ok: false,
      error: '“dtd.docx” declares a DTD or entities, which Word files never do; it was refused.',
    })
  })

  it('says that a cut-off Word file is damaged', async () => {
    const docx = makeDocx(['Some text that fills the file a little.'])
    const outcome = await parseFile(input('cut.docx', docx.slice(0, docx.length >> 1)))
    expect(outcome).toEqual({
      ok: false,
      error: '“cut.docx” is damaged or incomplete: it is not a valid Word file.',
    })
  })
})

describe('PDF files', () => {
  it('joins lines into paragraphs across pages and repairs line-end hyphenation', async () => {
    const pdf = makePdf([
      [
        'Port strike ends',
        '',
        'Dock workers returned on Monday after an inter-',
        'national agreement was',
        'signed by both unions.',
        '',
        'Ships queued for days',
      ],
      ['outside the harbour.'],
    ])
    const outcome = await parseFile(input('strike.pdf', pdf))
    expect(outcome).toEqual({
      ok: true,
      kind: 'articles',
      articles: [
        {
          title: 'Port strike ends',
          text: 'Port strike ends\n\nDock workers returned on Monday after an international agreement was signed by both unions.\n\nShips queued for days outside the harbour.',
        },
      ],
    })
  })

  it('says that a PDF without text has no text layer', async () => {
    const outcome = await parseFile(input('scan.pdf', makePdf([[''], ['']])))
    expect(outcome).toEqual({
      ok: false,
      error: '“scan.pdf” has no text layer (a scanned PDF?); nothing was imported.',
    })
  })
})

describe('tables', () => {
  it('reads a TSV file into columns and rows, keeping every value as written', async () => {
    const tsv = 'title\ttext\tsource id\nA\t=1+1\t17\nB\tSecond, with comma\t18\n'
    expect(await parseFile(input('rows.tsv', tsv))).toEqual({
      ok: true,
      kind: 'table',
      table: {
        columns: ['title', 'text', 'source id'],
        rows: [
          ['A', '=1+1', '17'],
          ['B', 'Second, with comma', '18'],
        ],
        format: 'tsv',
      },
    })
  })

  it('reads JSON Lines with the keys of all lines as columns', async () => {
    const jsonl = '{"title":"A","text":"One","n":1}\n\n{"title":"B","text":"Two","tags":["x"]}\n'
    expect(await parseFile(input('rows.jsonl', jsonl))).toEqual({
      ok: true,
      kind: 'table',
      table: {
        columns: ['title', 'text', 'n', 'tags'],
        rows: [
          ['A', 'One', '1', ''],
          ['B', 'Two', '', '["x"]'],
        ],
        format: 'jsonl',
      },
    })
  })

  it('reads the first sheet of an Excel file, dates as ISO', async () => {
    const bytes = await writeExcelFile([
      [{ value: 'title' }, { value: 'date' }, { value: 'text' }, { value: 'words' }],
      [
        { value: 'Market opens' },
        { value: new Date(Date.UTC(2024, 4, 3)), type: Date, format: 'yyyy-mm-dd' },
        { value: 'Stalls opened at dawn.' },
        { value: 412 },
      ],
    ]).toBuffer()
    expect(await parseFile(input('rows.xlsx', new Uint8Array(bytes)))).toEqual({
      ok: true,
      kind: 'table',
      table: {
        columns: ['title', 'date', 'text', 'words'],
        rows: [['Market opens', '2024-05-03', 'Stalls opened at dawn.', '412']],
        format: 'xlsx',
      },
    })
  })
})

describe('parseFile', () => {
  it('names the supported types for any other file', async () => {
    const outcome = await parseFile(input('slides.pptx', 'x'))
    expect(outcome.ok).toBe(false)
    if (!outcome.ok)
      expect(outcome.error).toMatch(
        /^“slides\.pptx” is not a supported file type\. Supported: .*\.pdf.*\.xlsx/,
      )
  })

  it('refuses a file over the size limit, naming the limit', async () => {
    const outcome = await parseFile({
      name: 'big.html',
      size: MAX_IMPORT_FILE_BYTES + 1,
      bytes: null,
    })
    expect(outcome).toEqual({
      ok: false,
      error: '“big.html” is just over 20 MB; the limit is 20 MB.',
    })
  })

  it('stops when the import was cancelled', async () => {
    const controller = new AbortController()
    controller.abort()
    expect(await parseFile(input('a.txt', 'Text'), { signal: controller.signal })).toEqual({
      ok: false,
      error: 'Importing “a.txt” was cancelled.',
    })
  })
})
