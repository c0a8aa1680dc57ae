import { strToU8, zipSync } from 'fflate'
import { generateArticle, type GeneratedArticle } from './generateArticle'
import { createRng } from './prng'

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Deterministic distinct articles (seeded), about 600 words each like a news story. */
export function importArticles(count: number, seed: number): GeneratedArticle[] {
  const rng = createRng(seed)
  return Array.from({ length: count }, () => generateArticle(rng, { words: 600 }))
}

/**
 * A saved news page shaped like ../shared/corpus/mayorkas-ice-sanctuary.html: OpenGraph and
 * article meta, a script and a remote script in the head, an onload handler, navigation, an ad
 * slot, promo widgets and an iframe inside the article, a sidebar and a footer; the article's
 * paragraphs in between. Hostile bits point at `.invalid` hosts and set `window.__pwned`.
 */
export function hostileShapedPage(article: GeneratedArticle, index: number): string {
  const [title, ...paragraphs] = article.text.split('\n\n')
  const t = escapeHtml(title ?? '')
  const day = String(1 + (index % 28)).padStart(2, '0')
  const body = paragraphs.map((p, i) => {
    const promo =
      i === 2
        ? '<div class="promo-widget"><a href="https://example.invalid/promo">Related Posts</a></div>\n'
        : ''
    return `${promo}<p>${escapeHtml(p)}</p>`
  })
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${t} - Bench Gazette</title>
<meta property="og:site_name" content="Bench Gazette">
<meta property="og:title" content="${t}">
<meta property="og:type" content="article">
<meta property="og:url" content="https://gazette.example/story-${index}">
<meta property="article:published_time" content="2021-06-${day}T09:00:00-04:00">
<meta name="author" content="Staff ${index % 17}">
<link rel="canonical" href="https://gazette.example/story-${index}">
<script>window.__pwned = 3;</script>
<script src="https://beacon.invalid/tracker.js"></script>
</head>
<body onload="window.__pwned=4">
<header class="site-header">
  <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
  <div class="ad-slot">Advertisement</div>
</header>
<main>
<article class="post">
<h1 class="entry-title">${t}</h1>
<div class="byline">By <span class="author">Staff ${index % 17}</span> · <time datetime="2021-06-${day}">June ${day}, 2021</time></div>
${body.join('\n')}
<img src="https://beacon.invalid/pixel.gif" onerror="window.__pwned=5" alt="">
<iframe src="https://beacon.invalid/frame" width="300" height="250"></iframe>
</article>
<aside class="sidebar"><h3>Trending</h3><ul><li><a href="/a">Officer honored</a></li><li><a href="/c">Subscribe to our newsletter</a></li></ul></aside>
</main>
<footer><p>© Bench Gazette.</p><p><a href="/privacy">Privacy</a></p></footer>
</body>
</html>
`
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A minimal valid .docx (WordprocessingML in a zip, made with fflate): a heading, then paragraphs. */
export function docxFile(article: GeneratedArticle): Uint8Array {
  const [title, ...paragraphs] = article.text.split('\n\n')
  const para = (text: string, style?: string) =>
    `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para(title ?? '', 'Heading1')}${paragraphs.map((p) => para(p)).join('')}</w:body></w:document>`
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(document),
  })
}
