import { createHash } from 'node:crypto'
import type { Annotation } from '../src/shared/domain/annotation'
import type { Rng } from './prng'

/** sha256 hex of a text's UTF-8 bytes, as the app's `sha256Hex` computes it. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** Word boundaries of one paragraph: parallel arrays of absolute start/end offsets. */
type ParagraphWords = { starts: number[]; ends: number[] }

function wordsByParagraph(text: string): ParagraphWords[] {
  const out: ParagraphWords[] = []
  let current: ParagraphWords = { starts: [], ends: [] }
  const re = /\S+|\n\n/g
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '\n\n') {
      out.push(current)
      current = { starts: [], ends: [] }
      continue
    }
    // Keep quotes and trailing punctuation out of the span, as a coder's selection would.
    let s = m.index
    let e = m.index + m[0].length
    while (s < e - 1 && /[“"‘(]/.test(text.charAt(s))) s += 1
    while (e > s + 1 && /[”"’.,;:)]/.test(text.charAt(e - 1))) e -= 1
    current.starts.push(s)
    current.ends.push(e)
  }
  out.push(current)
  return out
}

export type AnnotationOptions = {
  projectId: string
  documentId: string
  count: number
  coders?: readonly string[]
  /** Value ids to draw codes from. */
  stances: readonly string[]
  sourceTypes: readonly string[]
  speakerIds?: readonly string[]
  /** Timestamp of the first annotation; later ones follow a second apart. */
  createdAt?: number
}

export type Span = { start: number; end: number }

/**
 * Picks `count` word-aligned spans: about 62% plain spans of 2–30 words inside a paragraph, 18%
 * nested inside an earlier span, 14% crossing the end of an earlier span (partial overlap), 3%
 * exact duplicates of an earlier span (a second coder) and 3% that cross a paragraph break.
 */
export function generateSpans(rng: Rng, text: string, count: number): Span[] {
  const paragraphs = wordsByParagraph(text).filter((p) => p.starts.length >= 2)
  const spans: Span[] = []
  const wordSpan = (p: ParagraphWords, i: number, len: number): Span => {
    const j = Math.min(p.ends.length - 1, i + len - 1)
    return { start: p.starts[i] as number, end: p.ends[j] as number }
  }
  const paragraphOf = new Map<Span, ParagraphWords>()
  while (spans.length < count) {
    const r = rng.next()
    const earlier = spans.length > 0 ? rng.pick(spans) : null
    const home = earlier ? paragraphOf.get(earlier) : undefined
    let span: Span | null = null
    let para: ParagraphWords | undefined
    if (earlier && home && r < 0.18) {
      // Nested: whole words strictly inside the earlier span.
      const inside = home.starts
        .map((_s, k) => k)
        .filter(
          (k) =>
            (home.starts[k] as number) >= earlier.start && (home.ends[k] as number) <= earlier.end,
        )
      if (inside.length >= 3) {
        const a = rng.int(0, inside.length - 2)
        const b = rng.int(a, Math.min(inside.length - 1, a + 12))
        const cand = {
          start: home.starts[inside[a] as number] as number,
          end: home.ends[inside[b] as number] as number,
        }
        if (cand.start !== earlier.start || cand.end !== earlier.end) span = cand
        para = home
      }
    } else if (earlier && home && r < 0.32) {
      // Crossing: starts inside the earlier span, ends after it.
      const k0 = home.starts.findIndex((s) => s > earlier.start && s < earlier.end)
      const k1 = home.ends.findIndex((e) => e > earlier.end)
      if (k0 >= 0 && k1 >= 0) {
        const a = rng.int(k0, Math.max(k0, home.starts.findIndex((s) => s >= earlier.end) - 1))
        const b = Math.min(home.ends.length - 1, k1 + rng.int(0, 8))
        span = { start: home.starts[a] as number, end: home.ends[b] as number }
        para = home
      }
    } else if (earlier && home && r < 0.35) {
      span = { start: earlier.start, end: earlier.end }
      para = home
    } else if (r < 0.38) {
      // Across a paragraph break: the last words of one paragraph and the first of the next.
      const pi = rng.int(0, paragraphs.length - 2)
      const p = paragraphs[pi] as ParagraphWords
      const q = paragraphs[pi + 1] as ParagraphWords
      const a = Math.max(0, p.starts.length - rng.int(2, 8))
      const b = Math.min(q.ends.length - 1, rng.int(1, 8))
      span = { start: p.starts[a] as number, end: q.ends[b] as number }
      para = p
    }
    if (span === null) {
      para = rng.pick(paragraphs)
      const len = rng.int(2, 30)
      span = wordSpan(para, rng.int(0, Math.max(0, para.starts.length - 2)), len)
    }
    if (span.end <= span.start || para === undefined) continue
    spans.push(span)
    paragraphOf.set(span, para)
  }
  return spans
}

/** Full annotation records for generated spans of `text`, as the app would have stored them. */
export function generateAnnotations(
  rng: Rng,
  text: string,
  options: AnnotationOptions,
): Annotation[] {
  const textHash = sha256Hex(text)
  const coders = options.coders ?? ['Coder 1', 'Coder 2']
  const base = options.createdAt ?? Date.UTC(2026, 0, 5, 9)
  return generateSpans(rng, text, options.count).map((span, i) => {
    const values: Annotation['values'] = { stance: rng.pick(options.stances) }
    if (rng.chance(0.8)) values.source_type = rng.pick(options.sourceTypes)
    if (options.speakerIds && options.speakerIds.length > 0 && rng.chance(0.6)) {
      values.speaker = rng.pick(options.speakerIds)
    }
    const at = base + i * 1000
    return {
      id: rng.uuid(),
      projectId: options.projectId,
      documentId: options.documentId,
      coder: rng.pick(coders),
      start: span.start,
      end: span.end,
      exact: text.slice(span.start, span.end),
      prefix: text.slice(Math.max(0, span.start - 32), span.start),
      suffix: text.slice(span.end, span.end + 32),
      textHash,
      values,
      memo: '',
      codebookVersion: 1,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    }
  })
}
