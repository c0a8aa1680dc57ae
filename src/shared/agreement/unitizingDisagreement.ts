/** A stretch [start, end) of a continuum, in integer positions (e.g. UTF-16 offsets). */
export type Interval = { start: number; end: number }

/** Observed and expected unitizing disagreement of one category. */
export type UnitizingDisagreement = {
  /** uDo. */
  observedDisagreement: number
  /** uDe. */
  expectedDisagreement: number
  /** N: the units identified, summed over coders. */
  units: number
}

/** A coder's continuum cut into sections — its units and the gaps between them — in order. */
type Sections = { starts: Float64Array; ends: Float64Array; isUnit: Uint8Array; count: number }

function sections(units: readonly Interval[], length: number): Sections {
  const capacity = 2 * units.length + 1
  const cut: Sections = {
    starts: new Float64Array(capacity),
    ends: new Float64Array(capacity),
    isUnit: new Uint8Array(capacity),
    count: 0,
  }
  const add = (start: number, end: number, unit: boolean) => {
    cut.starts[cut.count] = start
    cut.ends[cut.count] = end
    cut.isUnit[cut.count] = unit ? 1 : 0
    cut.count += 1
  }
  let at = 0
  for (const { start, end } of units) {
    if (start > at) add(at, start, false)
    add(start, end, true)
    at = end
  }
  if (at < length) add(at, length, false)
  return cut
}

/**
 * Σ δ² over every overlapping pair of sections g of coder a and h of coder b, in one merge-like
 * sweep. δ² (Krippendorff 2004, Content Analysis, 2nd ed., ch. 11, unitizing): two units →
 * (b_g − b_h)² + (e_g − e_h)² (b begin, e end); a unit inside the other coder's gap → its
 * length squared; otherwise (a unit only partly in a gap, two gaps) 0.
 */
function pairDisagreement(a: Sections, b: Sections): number {
  let sum = 0
  let p = 0
  let q = 0
  while (p < a.count && q < b.count) {
    const gStart = a.starts[p] as number
    const gEnd = a.ends[p] as number
    const hStart = b.starts[q] as number
    const hEnd = b.ends[q] as number
    const gUnit = a.isUnit[p] === 1
    const hUnit = b.isUnit[q] === 1
    if (gUnit && hUnit) {
      sum += (gStart - hStart) * (gStart - hStart) + (gEnd - hEnd) * (gEnd - hEnd)
    } else if (gUnit && gStart >= hStart && gEnd <= hEnd) {
      sum += (gEnd - gStart) * (gEnd - gStart)
    } else if (hUnit && hStart >= gStart && hEnd <= gEnd) {
      sum += (hEnd - hStart) * (hEnd - hStart)
    }
    if (gEnd <= hEnd) p += 1
    if (hEnd <= gEnd) q += 1
  }
  return sum
}

/** Index of the first element of ascending `sorted` that is ≥ `x`. */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid] as number) < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The unitizing disagreements of one category (Krippendorff 2004, Content Analysis: An
 * Introduction to Its Methodology, 2nd ed., ch. 11, the αU of unitizing continua), for m coders'
 * units on a continuum of length L; `coderUnits[i]` must be sorted, non-overlapping integer
 * intervals inside [0, L). Each coder's continuum is cut into units and gaps (sections g with
 * begin b_g and length l_g), and
 *   uDo = Σ_i Σ_{j≠i} Σ_g Σ_h δ²(g, h) / (m(m − 1)L²)
 *   uDe = (2/L) Σ_{units g} [ (N − 1)(2l_g³ − 3l_g² + l_g)/3
 *                             + l_g² Σ_{gaps h with l_h ≥ l_g} (l_h − l_g + 1) ]
 *         / (mL(mL − 1) − Σ_{units g} l_g(l_g − 1))
 * where N counts the units of all coders and the gap sum runs over the gaps of all coders.
 * Returns uDo, uDe and N. uDo costs one sweep per pair of coders; uDe O(N log G) for G gaps.
 */
export function unitizingDisagreement(
  coderUnits: readonly (readonly Interval[])[],
  length: number,
): UnitizingDisagreement {
  const m = coderUnits.length
  const cut = coderUnits.map((units) => sections(units, length))

  let observed = 0
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++)
      observed += pairDisagreement(cut[i] as Sections, cut[j] as Sections)
  }
  const observedDisagreement = (2 * observed) / (m * (m - 1) * length * length)

  let unitCount = 0
  let gapCount = 0
  for (const coder of cut) {
    for (let s = 0; s < coder.count; s++) {
      if (coder.isUnit[s] === 1) unitCount += 1
      else gapCount += 1
    }
  }
  const unitLengths = new Float64Array(unitCount)
  const gapLengths = new Float64Array(gapCount)
  unitCount = 0
  gapCount = 0
  for (const coder of cut) {
    for (let s = 0; s < coder.count; s++) {
      const l = (coder.ends[s] as number) - (coder.starts[s] as number)
      if (coder.isUnit[s] === 1) unitLengths[unitCount++] = l
      else gapLengths[gapCount++] = l
    }
  }
  const gaps = gapLengths.sort()
  const fromHere = new Float64Array(gaps.length + 1) // fromHere[i] = gaps[i] + … + gaps[G − 1]
  for (let i = gaps.length - 1; i >= 0; i--) {
    fromHere[i] = (fromHere[i + 1] as number) + (gaps[i] as number)
  }
  const n = unitLengths.length
  let numerator = 0
  let selfPairs = 0
  for (const l of unitLengths) {
    const first = lowerBound(gaps, l)
    const longer = gaps.length - first
    const room = (fromHere[first] as number) - longer * (l - 1) // Σ (l_h − l + 1) over gaps ≥ l
    numerator += ((n - 1) * (2 * l * l * l - 3 * l * l + l)) / 3 + l * l * room
    selfPairs += l * (l - 1)
  }
  const total = m * length
  const expectedDisagreement = ((2 / length) * numerator) / (total * (total - 1) - selfPairs)
  return { observedDisagreement, expectedDisagreement, units: n }
}
