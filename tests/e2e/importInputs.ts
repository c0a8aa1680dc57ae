import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Papa from 'papaparse'
import writeExcelFile from 'write-excel-file/node'
import { makeDocx } from '../shared/import/makeFixtures'

/** A path in the shared corpus (read in place, never copied into the project). */
export const corpusPath = (path: string): string =>
  fileURLToPath(new URL(`../../../shared/corpus/${path}`, import.meta.url))

/** A committed PDF fixture (made by scripts/makePdfFixtures.mjs). */
export const pdfFixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/pdf/${name}`, import.meta.url))

/** A Wikinews article of the corpus: its manifest title and the paragraphs of its text file. */
export function wikinews(prefix: string): { title: string; paragraphs: string[] } {
  const manifest = JSON.parse(readFileSync(corpusPath('wikinews/manifest.json'), 'utf8')) as {
    file: string
    title: string
  }[]
  const entry = manifest.find((e) => e.file.startsWith(prefix))
  if (!entry) throw new Error(`no Wikinews file ${prefix}`)
  const text = readFileSync(corpusPath(`wikinews/${entry.file}`), 'utf8')
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  return { title: entry.title, paragraphs }
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/** Quoted-printable (RFC 2045) of UTF-8 text, lines soft-broken under 76 characters. */
function quotedPrintable(text: string): string {
  let out = ''
  let line = ''
  for (const byte of new TextEncoder().encode(text)) {
    const plain = byte >= 33 && byte <= 126 && byte !== 61
    const piece =
      plain || byte === 32
        ? String.fromCharCode(byte)
        : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
    if (line.length + piece.length > 72) {
      out += `${line}=\r\n`
      line = ''
    }
    line += piece
  }
  return out + line
}

/** The table rows cut from the 2019 Wikinews CSV (columns url, date, title, text). */
export function wikinewsRows(): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(
    readFileSync(corpusPath('wikinews/wikinews_2019.csv'), 'utf8'),
    { header: true, skipEmptyLines: true },
  ).data
}

/**
 * Every format the importer reads, as files on disk: corpus files where the corpus has the
 * format, else files made here from corpus text (so each stored text can be checked against
 * its source). Tables share the columns of the Wikinews CSV, so one mapping step takes them all.
 */
export async function makeImportInputs(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'newscoder-formats-'))
  const write = (name: string, bytes: Uint8Array | string): string => {
    writeFileSync(join(dir, name), bytes)
    return join(dir, name)
  }
  const utf16 = wikinews('04-')
  const mhtml = wikinews('02-')
  const docx = wikinews('05-')
  const html = `<html><head><title>${escapeHtml(mhtml.title)}</title></head><body><nav>Main page</nav><article><h1>${escapeHtml(mhtml.title)}</h1>${mhtml.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article></body></html>`
  const rows = wikinewsRows()
  const columns = ['url', 'date', 'title', 'text']
  const xlsx = await writeExcelFile([
    columns.map((value) => ({ value })),
    ...rows.slice(6, 8).map((row) => columns.map((c) => ({ value: row[c] ?? '' }))),
  ]).toBuffer()
  return [
    corpusPath('mayorkas-ice-sanctuary.txt'),
    corpusPath('mayorkas-ice-sanctuary.cp1252.txt'),
    write(
      'wikinews-04.utf16.txt',
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from([utf16.title, ...utf16.paragraphs].join('\n\n'), 'utf16le'),
      ]),
    ),
    corpusPath('mayorkas-ice-sanctuary.html'),
    write(
      'wikinews-02.mhtml',
      [
        'MIME-Version: 1.0',
        'Content-Type: multipart/related; boundary="----=_b"; type="text/html"',
        '',
        '------=_b',
        'Content-Type: text/html; charset="utf-8"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        quotedPrintable(html),
        '------=_b--',
        '',
      ].join('\r\n'),
    ),
    write('wikinews-05.docx', makeDocx([{ heading: docx.title }, ...docx.paragraphs])),
    pdfFixture('mayorkas-justified.pdf'),
    pdfFixture('wikinews-two-columns.pdf'),
    write('wikinews.csv', Papa.unparse(rows.slice(0, 2), { columns })),
    write('wikinews.tsv', Papa.unparse(rows.slice(2, 4), { columns, delimiter: '\t' })),
    write(
      'wikinews.jsonl',
      rows
        .slice(4, 6)
        .map((row) => JSON.stringify(Object.fromEntries(columns.map((c) => [c, row[c]]))))
        .join('\n'),
    ),
    write('wikinews.xlsx', new Uint8Array(xlsx)),
    corpusPath('lexisnexis/sample.TXT'),
    corpusPath('lexisnexis/sample.DOCX'),
  ]
}

/** The name a file is stored under (its provenance). */
export const fileName = (path: string): string => basename(path)
