import { readFileSync } from 'node:fs'
import { unzipSync } from 'fflate'
import Papa from 'papaparse'
import type { Download, Page } from '@playwright/test'
import readXlsxFile from 'read-excel-file/node'
import { xsdErrors } from '../shared/refiQda/validateXsd'
import { checkDocument, mustValidator } from '../shared/webAnnotation/mustValidator'
import { expect, selectInReader, test } from './fixtures'

type Row = Record<string, string>

const parseCsv = (bytes: Uint8Array): Row[] => {
  const parsed = Papa.parse<Row>(new TextDecoder().decode(bytes), {
    header: true,
    skipEmptyLines: true,
  })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

/** Chooses a format in the export dialog, clicks "Export files" and returns the downloaded files. */
async function exportAs(page: Page, format: RegExp, count = 1): Promise<Buffer[]> {
  // A finished export closes the dialog; open it again.
  const radio = page.getByRole('radio', { name: format })
  if (!(await radio.isVisible()))
    await page.getByRole('button', { name: 'Export', exact: true }).click()
  await radio.check()
  const downloads: Download[] = []
  const listener = (d: Download) => downloads.push(d)
  page.on('download', listener)
  await page.getByRole('button', { name: 'Export files' }).click()
  await expect.poll(() => downloads.length).toBe(count)
  page.off('download', listener)
  return Promise.all(downloads.map(async (d) => readFileSync(await d.path())))
}

/** The rows of annotations.csv and documents.csv of a CSV zip export. */
function tablesOf(zip: Buffer): Record<string, Row[]> {
  const files = unzipSync(new Uint8Array(zip))
  return Object.fromEntries(
    Object.entries(files).map(([path, bytes]) => [path.split('/').pop() ?? path, parseCsv(bytes)]),
  )
}

// What must survive a REFI-QDA round trip, per span.
const spanKey = (r: Row): string =>
  JSON.stringify([
    r.title,
    r.start_utf16,
    r.end_utf16,
    r.text,
    r.stance,
    r.speaker,
    r.source_type,
    r.identification,
    r.quote_type,
    r.coder,
    r.memo,
  ])

test('a researcher exports the coded sample in every format and imports the .qdpx back', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto('/')
  await expect(page.getByRole('combobox', { name: 'Project' })).toContainText('Sample')

  // Code one more span in the first sample article.
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().click()
  const paragraph = await page.locator('.ProseMirror p').nth(2).innerText()
  const fragment = paragraph.slice(0, 24).trim()
  await selectInReader(page, fragment)
  await page.getByRole('radio', { name: /^In favour/ }).check()
  await page.getByRole('button', { name: /^(Save|Tag)/ }).click()

  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('radio', { name: /Analysis/ }).check()

  // CSV zip: four tables that a real parser reads without an error.
  const [zip] = await exportAs(page, /CSV files \(zip\)/)
  const tables = tablesOf(zip as Buffer)
  expect(Object.keys(tables).sort()).toEqual([
    'annotations.csv',
    'codebook.csv',
    'documents.csv',
    'speakers.csv',
  ])
  const annotations = tables['annotations.csv'] ?? []
  expect(annotations.find((r) => r.text === fragment)).toMatchObject({
    stance: 'In favour',
    position: 'body',
  })
  // One row per document and coder: the sample's coder and the one who just coded.
  expect(new Set(tables['documents.csv']?.map((r) => r.document_id)).size).toBe(3)

  // CSV files one by one.
  const csvs = await exportAs(page, /CSV files \(individual\)/, 4)
  expect(csvs.map((b) => parseCsv(new Uint8Array(b)).length)).toContain(annotations.length)

  // Excel workbook.
  const [xlsx] = await exportAs(page, /Excel workbook/)
  const sheets = await readXlsxFile(xlsx as Buffer)
  expect(sheets.map((s) => s.sheet)).toEqual(['annotations', 'documents', 'speakers', 'codebook'])
  expect(sheets[0]?.data).toHaveLength(annotations.length + 1)

  // W3C Web Annotation: every annotation passes the MUST assertions.
  const [jsonld] = await exportAs(page, /W3C Web Annotation/)
  const collection = JSON.parse(String(jsonld)) as { first: { items: unknown[] } }
  expect(collection.first.items).toHaveLength(annotations.length)
  expect(checkDocument(mustValidator(), collection)).toEqual([])

  // REFI-QDA: project.qde validates against the schema.
  const [qdpx] = await exportAs(page, /REFI-QDA project/)
  const files = unzipSync(new Uint8Array(qdpx as Buffer))
  expect(Object.keys(files).filter((p) => p.startsWith('sources/'))).toHaveLength(3)
  const qde = new TextDecoder().decode(files['project.qde'])
  expect(await xsdErrors(qde, 'Project-mrt2019.xsd')).toEqual([])

  // Import it as a new project; its own export holds the same texts, codes and codings.
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import REFI-QDA project' }).click()
  await (
    await chooser
  ).setFiles({ name: 'sample.qdpx', mimeType: 'application/zip', buffer: qdpx as Buffer })
  await expect(page.getByRole('status', { name: 'Import report' })).toContainText(
    'Everything in the file was imported.',
  )
  const [again] = await exportAs(page, /CSV files \(zip\)/)
  const back = tablesOf(again as Buffer)
  expect((back['annotations.csv'] ?? []).map(spanKey).sort()).toEqual(
    annotations.map(spanKey).sort(),
  )
  const texts = (rows: Row[] | undefined) =>
    (rows ?? []).map((r) => [r.title, r.text_sha256]).sort()
  expect(texts(back['documents.csv'])).toEqual(texts(tables['documents.csv']))
  const codes = (rows: Row[] | undefined) =>
    (rows ?? []).map((r) => [r.dimension_id, r.value_id, r.label, r.parent_id, r.rank])
  expect(codes(back['codebook.csv'])).toEqual(codes(tables['codebook.csv']))
})
