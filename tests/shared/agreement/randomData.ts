import { mulberry32 } from '../../../src/shared/agreement/mulberry32'
import type { CodeValue } from '../../../src/shared/agreement/types'

/** A seeded random integer generator in [0, n). */
export function randomInts(seed: number): (n: number) => number {
  const random = mulberry32(seed)
  return (n) => Math.floor(random() * n)
}

/**
 * Seeded random reliability data: `coders` × `units` values drawn uniformly from 1..`values`,
 * each value missing (null) with probability `missing`.
 */
export function randomData(
  seed: number,
  coders: number,
  units: number,
  values: number,
  missing = 0,
): CodeValue[][] {
  const random = mulberry32(seed)
  return Array.from({ length: coders }, () =>
    Array.from({ length: units }, () =>
      random() < missing ? null : 1 + Math.floor(random() * values),
    ),
  )
}

/** Returns a copy of `items` in a seeded random order (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const next = randomInts(seed)
  const result = [...items]
  for (let i = result.length - 1; i > 0; i--) {
    const j = next(i + 1)
    ;[result[i], result[j]] = [result[j] as T, result[i] as T]
  }
  return result
}
