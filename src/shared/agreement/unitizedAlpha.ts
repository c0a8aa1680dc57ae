import type { Interval, UnitizingDisagreement } from './unitizingDisagreement'
import { unitizingDisagreement } from './unitizingDisagreement'

/** A stretch [start, end) of the continuum that a coder marked as a unit of `category`. */
export type UnitizingSegment = { start: number; end: number; category: string }

/** Unitizing data: m ≥ 2 coders' segments on one continuum [0, length). */
export type UnitizingData = {
  length: number
  coders: readonly { coder: string; segments: readonly UnitizingSegment[] }[]
}

/** αU of one category, or of the binary unit-vs-gap distinction. */
export type UnitizedAlphaPart = UnitizingDisagreement & {
  /** αU = 1 − uDo/uDe; NaN when uDe = 0 (nothing to disagree about). */
  alpha: number
}

/** Krippendorff's alpha for unitizing, overall, per category and unit-vs-gap. */
export type UnitizedAlphaResult = {
  /** αU over all categories: 1 − Σc uDo_c / Σc uDe_c; NaN when no coder marked anything. */
  alpha: number
  observedDisagreement: number
  expectedDisagreement: number
  /** One entry per category marked by any coder, sorted by category. */
  categories: (UnitizedAlphaPart & { category: string })[]
  /** Categories ignored: a coder's segments merged into units of "relevant matter" vs gaps. */
  binary: UnitizedAlphaPart
  coders: number
  length: number
  /** Segments absorbed because they overlapped a segment of the same coder and category. */
  mergedSegments: number
}

const part = (d: UnitizingDisagreement): UnitizedAlphaPart => ({
  ...d,
  alpha: d.expectedDisagreement > 0 ? 1 - d.observedDisagreement / d.expectedDisagreement : NaN,
})

/** Sorts intervals and merges overlapping ones (touching ones stay apart); counts the merges. */
function mergeOverlaps(intervals: Interval[]): { units: Interval[]; merged: number } {
  const sorted = [...intervals].sort((a, b) => a.start - b.start || a.end - b.end)
  const units: Interval[] = []
  let merged = 0
  for (const { start, end } of sorted) {
    const last = units[units.length - 1]
    if (last !== undefined && start < last.end) {
      last.end = Math.max(last.end, end)
      merged += 1
    } else {
      units.push({ start, end })
    }
  }
  return { units, merged }
}

function validate(data: UnitizingData): void {
  const { length, coders } = data
  if (!Number.isInteger(length) || length < 1) {
    throw new RangeError(`the continuum length must be a positive integer, got ${length}`)
  }
  if (coders.length < 2) throw new RangeError('unitizing reliability needs at least two coders')
  const names = new Set<string>()
  for (const { coder, segments } of coders) {
    if (names.has(coder)) throw new RangeError(`coder "${coder}" appears twice`)
    names.add(coder)
    for (const { start, end, category } of segments) {
      const where = `coder "${coder}", segment ${start}..${end}`
      if (!Number.isInteger(start) || !Number.isInteger(end)) {
        throw new RangeError(`${where}: offsets must be integers`)
      }
      if (start < 0 || end > length || start >= end) {
        throw new RangeError(`${where}: must be non-empty and inside 0..${length}`)
      }
      if (typeof category !== 'string') throw new TypeError(`${where}: category must be a string`)
    }
  }
}

/**
 * Krippendorff's alpha for unitizing (αU), as defined in Krippendorff (2004), Content Analysis: An
 * Introduction to Its Methodology, 2nd ed., chapter 11 (the coefficient for unitizing continua,
 * worked example p. 254; see `unitizingDisagreement` for uDo and uDe). Coders mark segments
 * [start, end) with categories on a continuum [0, length) of integer positions (characters);
 * everything a coder left unmarked is gap. Per category c, each coder's continuum is cut into
 * c-units and gaps and αU_c = 1 − uDo_c/uDe_c; over all categories αU = 1 − Σc uDo_c / Σc uDe_c.
 * The binary version applies the same formula with categories ignored (the reliability of telling
 * relevant matter from gaps) — Newscoder's reduction in the 2004 framework, not the |uα of
 * Krippendorff et al. (2016), whose redefined family also corrects how the 2004 coefficient
 * behaves with more than two coders.
 *
 * The 2004 model needs a coder's units of one category not to overlap: overlapping ones (e.g.
 * nested quotes of one type) are merged into their union and counted in `mergedSegments`;
 * touching ones stay separate units. For the binary version all of a coder's overlapping segments
 * are merged. Returns the overall, per-category and binary αU with their uDo, uDe and unit counts;
 * α is 1 for identical unitizations and NaN when uDe = 0 (e.g. nobody marked anything). Throws a
 * RangeError for fewer than two coders, a duplicate coder, a non-integer or non-positive length,
 * or a segment that is empty, not integer or outside the continuum.
 */
export function unitizedAlpha(data: UnitizingData): UnitizedAlphaResult {
  validate(data)
  const { length, coders } = data
  const byCategory = new Map<string, Interval[][]>()
  coders.forEach(({ segments }, i) => {
    for (const { start, end, category } of segments) {
      let perCoder = byCategory.get(category)
      if (perCoder === undefined) {
        perCoder = coders.map(() => [])
        byCategory.set(category, perCoder)
      }
      ;(perCoder[i] as Interval[]).push({ start, end })
    }
  })

  let mergedSegments = 0
  let observed = 0
  let expected = 0
  const names = [...byCategory.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const categories = names.map((category) => {
    const perCoder = (byCategory.get(category) as Interval[][]).map((intervals) => {
      const { units, merged } = mergeOverlaps(intervals)
      mergedSegments += merged
      return units
    })
    const result = part(unitizingDisagreement(perCoder, length))
    observed += result.observedDisagreement
    expected += result.expectedDisagreement
    return { category, ...result }
  })

  const relevant = coders.map(
    ({ segments }) => mergeOverlaps(segments.map(({ start, end }) => ({ start, end }))).units,
  )
  const binary = part(unitizingDisagreement(relevant, length))
  return {
    alpha: expected > 0 ? 1 - observed / expected : NaN,
    observedDisagreement: observed,
    expectedDisagreement: expected,
    categories,
    binary,
    coders: coders.length,
    length,
    mergedSegments,
  }
}
