import { describe, expect, it } from 'vitest'
import { generateArticle } from '../../bench/generateArticle'
import { generateSpans, sha256Hex } from '../../bench/generateAnnotations'
import { generateLongArticleProject } from '../../bench/generateProject'
import { createRng } from '../../bench/prng'
import { annotationSchema } from '../../src/shared/domain/annotation'

describe('bench generators', () => {
  it('writes canonical articles of the exact word count with 40–120-word paragraphs', () => {
    const a = generateArticle(createRng(1), { words: 5000 })
    const paragraphs = a.text.split('\n\n')
    expect(a.text.split(/\s+/)).toHaveLength(5000)
    expect(paragraphs[0]).toBe(a.title)
    expect(a.text).not.toMatch(/\n\n\n|^\s|\s$/)
    for (const p of paragraphs.slice(1)) {
      const n = p.split(' ').length
      expect(n).toBeGreaterThanOrEqual(40)
      expect(n).toBeLessThanOrEqual(120)
    }
    expect(a.text).toMatch(/“[^”]+,” /)
  })

  it('is deterministic for a seed', () => {
    const text = generateArticle(createRng(7), { words: 3000 }).text
    expect(generateArticle(createRng(7), { words: 3000 }).text).toBe(text)
    expect(generateSpans(createRng(3), text, 300)).toEqual(generateSpans(createRng(3), text, 300))
  })

  it('builds the long-article project: 100,000 words, ~1,500 paragraphs, 10,000 valid annotations', () => {
    const p = generateLongArticleProject()
    const text = p.texts[0]!.text
    expect(text.split(/\s+/)).toHaveLength(100_000)
    const paragraphs = text.split('\n\n').length
    expect(paragraphs).toBeGreaterThan(1300)
    expect(paragraphs).toBeLessThan(1700)
    expect(p.documents[0]!.textHash).toBe(sha256Hex(text))
    const spans = p.annotations.filter((a) => a.documentId === p.documents[0]!.id)
    expect(spans).toHaveLength(10_000)
    expect(new Set(p.annotations.map((a) => a.id)).size).toBe(p.annotations.length)
    for (const a of spans) {
      expect(annotationSchema.safeParse(a).success).toBe(true)
      expect(text.slice(a.start, a.end)).toBe(a.exact)
      expect(a.prefix).toBe(text.slice(Math.max(0, a.start - 32), a.start))
      expect(a.suffix).toBe(text.slice(a.end, a.end + 32))
    }
    // Overlap structure: nested and crossing pairs both occur.
    const sorted = [...spans].sort((x, y) => x.start - y.start || y.end - x.end)
    let nested = 0
    let crossing = 0
    for (let i = 1; i < sorted.length; i += 1) {
      const prev = sorted[i - 1]!
      const cur = sorted[i]!
      if (cur.start < prev.end && cur.end <= prev.end) nested += 1
      else if (cur.start < prev.end) crossing += 1
    }
    expect(nested).toBeGreaterThan(500)
    expect(crossing).toBeGreaterThan(500)
  }, 60_000)
})
