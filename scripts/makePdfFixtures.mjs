/**
 * Regenerates the PDF fixtures in tests/fixtures/pdf/ from the shared corpus, the way a
 * researcher gets a PDF: a page printed by Chromium. Run `node scripts/makePdfFixtures.mjs`
 * after changing a layout below; the tests compare the imported text with the corpus text word
 * for word, so any layout that keeps the words keeps them passing.
 *
 * - mayorkas-justified.pdf: the Mayorkas article, justified and hyphenated (soft hyphens from
 *   TeX's English patterns, because Debian's Chromium has no hyphenation dictionary and
 *   `hyphens: auto` would break no word), its headline in large type over several lines.
 * - wikinews-two-columns.pdf: a Wikinews article set in two columns under a full-width headline.
 *
 * Chromium is Debian's (/usr/bin/chromium, or CHROMIUM_PATH), driven by Playwright.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import hyphenEn from 'hyphen/en/index.js'

const { hyphenateSync } = hyphenEn
const corpus = (path) => fileURLToPath(new URL(`../../shared/corpus/${path}`, import.meta.url))
const outDir = fileURLToPath(new URL('../tests/fixtures/pdf/', import.meta.url))

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])

/** The paragraphs of a corpus text file: blocks separated by blank lines, lines joined. */
const paragraphsOf = (text) =>
  text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter((block) => block !== '')

function page({ title, paragraphs, style, hyphenate }) {
  const body = paragraphs
    .map((p) => `<p>${hyphenate ? hyphenateSync(escapeHtml(p)) : escapeHtml(p)}</p>`)
    .join('\n')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
    body { font-family: 'Liberation Serif', serif; font-size: 11pt; line-height: 1.35; margin: 0 }
    h1 { font-family: 'Liberation Sans', sans-serif; line-height: 1.1; margin: 0 0 18pt }
    p { margin: 0 0 8pt }
    ${style}
  </style></head><body><h1>${escapeHtml(title)}</h1>\n<main>${body}</main></body></html>`
}

const mayorkas = paragraphsOf(readFileSync(corpus('mayorkas-ice-sanctuary.txt'), 'utf8'))
const wikinewsFile =
  '06-2019-10-10-uk-urges-us-to-waive-immunity-for-diplomat-s-wife-involved-i.txt'
const manifest = JSON.parse(readFileSync(corpus('wikinews/manifest.json'), 'utf8'))
const wikinewsTitle = manifest.find((entry) => entry.file === wikinewsFile).title
// The first line of a Wikinews file is its date line, kept as the first paragraph.
const wikinews = paragraphsOf(readFileSync(corpus(`wikinews/${wikinewsFile}`), 'utf8'))

const fixtures = [
  {
    file: 'mayorkas-justified.pdf',
    html: page({
      title: mayorkas[0],
      paragraphs: mayorkas.slice(1),
      hyphenate: true,
      style: 'h1 { font-size: 30pt } p { text-align: justify; hyphens: manual }',
    }),
  },
  {
    file: 'wikinews-two-columns.pdf',
    html: page({
      title: wikinewsTitle,
      paragraphs: wikinews,
      hyphenate: false,
      style: 'h1 { font-size: 20pt } main { column-count: 2; column-gap: 24pt }',
    }),
  },
]

mkdirSync(outDir, { recursive: true })
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
})
try {
  const tab = await browser.newPage()
  for (const { file, html } of fixtures) {
    await tab.setContent(html)
    const pdf = await tab.pdf({
      format: 'A4',
      margin: { top: '2cm', bottom: '2cm', left: '2.2cm', right: '2.2cm' },
    })
    writeFileSync(`${outDir}${file}`, pdf)
    console.log(`${file}: ${pdf.length} bytes`)
  }
} finally {
  await browser.close()
}
