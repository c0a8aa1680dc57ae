import type { HighlightSpan } from './buildSegments'
import { orderSpans } from './buildSegments'
import { MinHeap } from './minHeap'

/**
 * Returns each span's drawing depth (0 = outermost): spans are taken in drawing order and each
 * gets the lowest depth not held by a span still open where it starts. A span nested in another
 * is therefore one deeper than it, and two spans that merely overlap get different depths too,
 * so the editor can offset their underlines and both stay visible. Empty spans are left out.
 * O(n log n) with two heaps (open spans by end, free depths).
 */
export function spanDepths(spans: readonly HighlightSpan[]): Map<string, number> {
  const depths = new Map<string, number>()
  const open = new MinHeap<{ end: number; depth: number }>((a, b) => a.end - b.end)
  const free = new MinHeap<number>((a, b) => a - b)
  let used = 0
  for (const span of orderSpans(spans)) {
    for (let top = open.peek(); top !== undefined && top.end <= span.start; top = open.peek()) {
      open.pop()
      free.push(top.depth)
    }
    const depth = free.pop() ?? used++
    open.push({ end: span.end, depth })
    depths.set(span.id, depth)
  }
  return depths
}
