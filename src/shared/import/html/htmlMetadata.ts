import { toIsoDate } from '../../text/toIsoDate'
import type { HtmlDocument } from './sanitiseDocument'

/** What a page says about its article. Every value is plain, trimmed, single-line text. */
export type HtmlMetadata = {
  title?: string
  /** The `<title>` element, which often carries the site name ("Headline - Outlet"). */
  documentTitle?: string
  outlet?: string
  author?: string
  date?: string
  url?: string
  section?: string
}

/** Largest JSON-LD block parsed (characters): metadata is small; a huge block is not read. */
const MAX_JSON_LD = 200_000

/** JSON-LD types that describe a news article. */
const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|WebPage)$/

function clean(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const text = value.replace(/\s+/g, ' ').trim()
  return text === '' || text.length > 1000 ? undefined : text
}

/** An absolute http(s) URL: a host name or IPv6 literal, an optional port, a path without spaces. */
const HTTP_URL =
  /^https?:\/\/(?:[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?|\[[0-9a-f:.]+\])(?::\d{1,5})?(?:[/?#][^\s<>"]*)?$/i

/** Returns a URL when it is absolute http(s), else undefined: `javascript:` and others never pass. */
export function httpUrl(value: unknown): string | undefined {
  const text = clean(value)
  return text !== undefined && HTTP_URL.test(text) ? text : undefined
}

function meta(document: HtmlDocument, key: string): string | undefined {
  for (const element of Array.from(
    document.querySelectorAll(`meta[property="${key}"],meta[name="${key}"]`),
  )) {
    const value = clean(element.getAttribute('content'))
    if (value !== undefined) return value
  }
  return undefined
}

/** A name from JSON-LD: a string, an object with `name`, or the first of an array of them. */
function ldName(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const names = value.map(ldName).filter((n): n is string => n !== undefined)
    return names.length > 0 ? names.join(', ') : undefined
  }
  if (typeof value === 'object' && value !== null) return clean((value as { name?: unknown }).name)
  return clean(value)
}

/** The article object of the page's JSON-LD, if any; invalid JSON (a breakout payload) is skipped. */
function jsonLdArticle(document: HtmlDocument): Record<string, unknown> | null {
  for (const script of Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
  )) {
    const source = script.textContent ?? ''
    if (source.length > MAX_JSON_LD) continue
    let data: unknown
    try {
      data = JSON.parse(source)
    } catch {
      continue
    }
    const candidates: unknown[] = Array.isArray(data) ? data : [data]
    const graph = (data as { '@graph'?: unknown } | null)?.['@graph']
    if (Array.isArray(graph)) candidates.push(...graph)
    for (const item of candidates) {
      if (typeof item !== 'object' || item === null) continue
      const type = (item as { '@type'?: unknown })['@type']
      const types = Array.isArray(type) ? type : [type]
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) {
        return item as Record<string, unknown>
      }
    }
  }
  return null
}

function isoDate(value: string | undefined): string | undefined {
  return value === undefined ? undefined : (toIsoDate(value) ?? undefined)
}

/**
 * Reads a page's article metadata before it is sanitised (JSON-LD lives in a script element):
 * title from og:title or the JSON-LD headline (and `<title>` as `documentTitle`); outlet from og:site_name or the JSON-LD
 * publisher; author from `<meta name=author>`, article:author or JSON-LD; date from
 * article:published_time, JSON-LD datePublished or the first `<time datetime>`; URL from
 * `<link rel=canonical>`, og:url or JSON-LD (http(s) only). JSON-LD is parsed as data with
 * `JSON.parse`, never run; an invalid block is skipped.
 */
export function htmlMetadata(document: HtmlDocument): HtmlMetadata {
  const ld = jsonLdArticle(document) ?? {}
  const titleElement = document.querySelectorAll('title')[0]
  const canonical = document.querySelectorAll('link[rel="canonical"]')[0]
  const time = document.querySelectorAll('time[datetime]')[0]
  const result: HtmlMetadata = {}
  const title = meta(document, 'og:title') ?? clean(ld.headline)
  const documentTitle = clean(titleElement?.textContent)
  const outlet = meta(document, 'og:site_name') ?? ldName(ld.publisher)
  const author = meta(document, 'author') ?? meta(document, 'article:author') ?? ldName(ld.author)
  const date =
    isoDate(meta(document, 'article:published_time')) ??
    isoDate(clean(ld.datePublished)) ??
    isoDate(clean(time?.getAttribute('datetime')))
  const url =
    httpUrl(canonical?.getAttribute('href')) ?? httpUrl(meta(document, 'og:url')) ?? httpUrl(ld.url)
  const section = meta(document, 'article:section') ?? clean(ld.articleSection)
  if (title !== undefined) result.title = title
  if (documentTitle !== undefined) result.documentTitle = documentTitle
  if (outlet !== undefined) result.outlet = outlet
  if (author !== undefined && !/^https?:/i.test(author)) result.author = author
  if (date !== undefined) result.date = date
  if (url !== undefined) result.url = url
  if (section !== undefined) result.section = section
  return result
}
