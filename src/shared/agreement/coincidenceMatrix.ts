import type { IndexedData } from './indexReliabilityData'

/**
 * Each pairable unit's contribution to the coincidence matrix, kept so that units can be
 * re-weighted (as the bootstrap does) without counting their values again. Cells index a
 * row-major values × values matrix.
 */
export type UnitCoincidences = {
  valueCount: number
  /** Unit u's entries are `cells`/`amounts` from `offsets[u]` to `offsets[u + 1]`. */
  offsets: Int32Array
  cells: Int32Array
  amounts: Float64Array
}

/** Growable parallel buffers of (cell, amount) entries. */
class Entries {
  cells = new Int32Array(1024)
  amounts = new Float64Array(1024)
  length = 0

  push(cell: number, amount: number): void {
    if (this.length === this.cells.length) {
      const cells = new Int32Array(this.length * 2)
      cells.set(this.cells)
      this.cells = cells
      const amounts = new Float64Array(this.length * 2)
      amounts.set(this.amounts)
      this.amounts = amounts
    }
    this.cells[this.length] = cell
    this.amounts[this.length] = amount
    this.length += 1
  }
}

/**
 * Precomputes every pairable unit's coincidences (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability"): a unit with m_u values, n_uc of them equal to c, adds
 * n_uc·n_uk/(m_u − 1) to o_ck for c ≠ k and n_uc·(n_uc − 1)/(m_u − 1) to o_cc — the number of
 * ordered pairs of its values divided by m_u − 1, so that each value counts once in n... Costs
 * O(m_u²) at worst per unit, O(m_u) when coders mostly agree. Returns the contributions of all
 * units.
 */
export function unitCoincidences(data: IndexedData): UnitCoincidences {
  const { values, unitStarts, valueIndices } = data
  const valueCount = values.length
  const unitCount = unitStarts.length - 1
  const offsets = new Int32Array(unitCount + 1)
  const entries = new Entries()
  const distinct: number[] = []
  const counts: number[] = []
  for (let u = 0; u < unitCount; u++) {
    const start = unitStarts[u] as number
    const end = unitStarts[u + 1] as number
    const m = end - start
    distinct.length = 0
    counts.length = 0
    for (let i = start; i < end; i++) {
      const value = valueIndices[i] as number
      const at = distinct.indexOf(value)
      if (at === -1) {
        distinct.push(value)
        counts.push(1)
      } else {
        counts[at] = (counts[at] as number) + 1
      }
    }
    for (let a = 0; a < distinct.length; a++) {
      const c = distinct[a] as number
      const nc = counts[a] as number
      if (nc > 1) entries.push(c * valueCount + c, (nc * (nc - 1)) / (m - 1))
      for (let b = a + 1; b < distinct.length; b++) {
        const k = distinct[b] as number
        const amount = (nc * (counts[b] as number)) / (m - 1)
        entries.push(c * valueCount + k, amount)
        entries.push(k * valueCount + c, amount)
      }
    }
    offsets[u + 1] = entries.length
  }
  return {
    valueCount,
    offsets,
    cells: entries.cells.slice(0, entries.length),
    amounts: entries.amounts.slice(0, entries.length),
  }
}

/**
 * Sums the units' coincidences into the coincidence matrix o_ck of Krippendorff (2011), each
 * unit counted `weights[u]` times (once when `weights` is omitted; a bootstrap resample counts a
 * unit as often as it was drawn). Returns the row-major values × values matrix.
 */
export function coincidenceMatrix(
  contributions: UnitCoincidences,
  weights?: ArrayLike<number>,
): Float64Array {
  const { valueCount, offsets, cells, amounts } = contributions
  const matrix = new Float64Array(valueCount * valueCount)
  const unitCount = offsets.length - 1
  for (let u = 0; u < unitCount; u++) {
    const weight = weights === undefined ? 1 : (weights[u] as number)
    if (weight === 0) continue
    const end = offsets[u + 1] as number
    for (let e = offsets[u] as number; e < end; e++) {
      const cell = cells[e] as number
      matrix[cell] = (matrix[cell] as number) + weight * (amounts[e] as number)
    }
  }
  return matrix
}
