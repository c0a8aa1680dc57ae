import { mulberry32 } from './mulberry32'

/** A document that may be drawn, with the stratum it belongs to (e.g. its outlet). */
export type SampleFrameEntry = { id: string; stratum?: string }

/** How large the sample is: a number of documents or a fraction of them. */
export type SampleSize = { count: number } | { fraction: number }

/** A drawn reliability sample and how it was drawn. */
export type DrawnSample = {
  /** The drawn ids, sorted. */
  ids: string[]
  seed: number
  /** Documents drawn per stratum ('' for documents without one); one entry when unstratified. */
  allocation: { stratum: string; population: number; drawn: number }[]
}

function targetSize(size: SampleSize, population: number): number {
  if ('count' in size) {
    if (!Number.isInteger(size.count) || size.count < 0) {
      throw new RangeError(`sample size must be a non-negative integer, got ${size.count}`)
    }
    return Math.min(size.count, population)
  }
  if (!(size.fraction >= 0 && size.fraction <= 1)) {
    throw new RangeError(`sample fraction must lie in [0, 1], got ${size.fraction}`)
  }
  return Math.round(size.fraction * population)
}

/** Largest-remainder (Hamilton) allocation of `total` over strata in proportion to their sizes. */
function allocate(sizes: number[], total: number, population: number): number[] {
  const quotas = sizes.map((s) => (population === 0 ? 0 : (s * total) / population))
  const counts = quotas.map(Math.floor)
  let left = total - counts.reduce((a, b) => a + b, 0)
  const order = quotas
    .map((q, i) => ({ i, remainder: q - Math.floor(q) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i)
  for (const { i } of order) {
    if (left === 0) break
    counts[i] = (counts[i] as number) + 1
    left -= 1
  }
  return counts
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Draws a reproducible random reliability sample. The frame is sorted by id first, so the input
 * order does not matter; strata are taken in sorted order. Without stratification one stratum
 * holds everything. The sample size (a count, capped at the frame, or a fraction, rounded to the
 * nearest document) is allocated to strata in proportion to their size by the largest-remainder
 * method (ties to the stratum first in sort order), and each stratum's documents are drawn by a
 * partial Fisher–Yates shuffle driven by ONE `mulberry32(seed)` stream running through the strata.
 * The same frame, size, seed and stratification always give the same sample. Returns the sorted
 * ids with the seed and the allocation. Throws a RangeError for a bad size or a non-integer seed.
 */
export function drawSample(
  frame: readonly SampleFrameEntry[],
  size: SampleSize,
  seed: number,
  stratify = false,
): DrawnSample {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`)
  const total = targetSize(size, frame.length)
  const strata = new Map<string, string[]>()
  for (const entry of frame) {
    const key = stratify ? (entry.stratum ?? '') : ''
    const list = strata.get(key)
    if (list) list.push(entry.id)
    else strata.set(key, [entry.id])
  }
  const names = [...strata.keys()].sort(byText)
  const lists = names.map((n) => (strata.get(n) as string[]).sort(byText))
  const counts = allocate(
    lists.map((l) => l.length),
    total,
    frame.length,
  )
  const random = mulberry32(seed)
  const ids: string[] = []
  lists.forEach((list, s) => {
    const k = counts[s] as number
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(random() * (list.length - i))
      const tmp = list[i] as string
      list[i] = list[j] as string
      list[j] = tmp
      ids.push(list[i] as string)
    }
  })
  return {
    ids: ids.sort(byText),
    seed,
    allocation: names.map((stratum, s) => ({
      stratum,
      population: (lists[s] as string[]).length,
      drawn: counts[s] as number,
    })),
  }
}
