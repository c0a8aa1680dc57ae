import type { AlphaOptions, CodedValue, MeasurementLevel, ReliabilityData } from './types'

/**
 * Reliability data reduced to what alpha needs: the distinct values of the pairable units, in
 * order, and each pairable unit as the indices of its values, stored flat.
 */
export type IndexedData = {
  /** Distinct values found in pairable units, ordered (numbers ascending, or `options.order`). */
  values: CodedValue[]
  /** Pairable unit u's values are `valueIndices[unitStarts[u]]` up to `unitStarts[u + 1]`. */
  unitStarts: Int32Array
  /** Indices into `values`, unit after unit. */
  valueIndices: Int32Array
}

const compareValues = (a: CodedValue, b: CodedValue): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'number') return -1
  if (typeof b === 'number') return 1
  return a < b ? -1 : a > b ? 1 : 0
}

function checkValue(value: unknown, level: MeasurementLevel, coder: number, unit: number): void {
  const where = `coder ${coder}, unit ${unit}`
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${where}: ${value} is not a finite number`)
    if (level === 'ratio' && value < 0) {
      throw new RangeError(`${where}: ratio data cannot be negative (${value})`)
    }
  } else if (typeof value === 'string') {
    if (level === 'interval' || level === 'ratio') {
      throw new TypeError(`${where}: ${level} data must be numbers, got "${value}"`)
    }
  } else {
    throw new TypeError(`${where}: a value must be a number, a string or null`)
  }
}

function orderValues(
  found: CodedValue[],
  level: MeasurementLevel,
  order: readonly CodedValue[] | undefined,
): CodedValue[] {
  if (order !== undefined) {
    const rank = new Map<CodedValue, number>()
    order.forEach((value, i) => {
      if (!rank.has(value)) rank.set(value, i)
    })
    for (const value of found) {
      if (!rank.has(value)) throw new RangeError(`value ${String(value)} is not in options.order`)
    }
    return found.sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number))
  }
  if (level === 'ordinal' && found.some((value) => typeof value === 'string')) {
    throw new TypeError('ordinal data with string values needs options.order (lowest first)')
  }
  return found.sort(compareValues)
}

/**
 * Validates reliability data (coders × units, null = missing) and indexes its values, following
 * Krippendorff (2011, "Computing Krippendorff's Alpha-Reliability"): units coded by fewer than two
 * coders hold no pairable values and are dropped. Returns the ordered distinct values and the
 * pairable units as value indices. Throws a RangeError for rows of unequal length, negative ratio
 * data or values missing from `options.order`, and a TypeError for values that are not finite
 * numbers or strings (or strings at the interval and ratio levels).
 */
export function indexReliabilityData(
  data: ReliabilityData,
  level: MeasurementLevel,
  options: AlphaOptions = {},
): IndexedData {
  const coders = data.length
  const unitCount = coders === 0 ? 0 : (data[0] as readonly unknown[]).length
  data.forEach((row, i) => {
    if (row.length !== unitCount) {
      throw new RangeError(`coder ${i} has ${row.length} units, coder 0 has ${unitCount}`)
    }
  })

  const rows = data as readonly (readonly CodedValue[])[]
  const pairable: number[] = []
  let pairableValues = 0
  const index = new Map<CodedValue, number>()
  const found: CodedValue[] = []
  for (let u = 0; u < unitCount; u++) {
    let count = 0
    for (let i = 0; i < coders; i++) {
      const value = (rows[i] as readonly CodedValue[])[u]
      if (value === null) continue
      checkValue(value, level, i, u)
      count += 1
    }
    if (count < 2) continue
    pairable.push(u)
    pairableValues += count
    for (let i = 0; i < coders; i++) {
      const value = (rows[i] as readonly CodedValue[])[u] as CodedValue
      if (value !== null && !index.has(value)) {
        index.set(value, -1)
        found.push(value)
      }
    }
  }

  const values = orderValues(found, level, options.order)
  values.forEach((value, i) => index.set(value, i))

  const unitStarts = new Int32Array(pairable.length + 1)
  const valueIndices = new Int32Array(pairableValues)
  let at = 0
  pairable.forEach((u, p) => {
    for (let i = 0; i < coders; i++) {
      const value = (rows[i] as readonly CodedValue[])[u] as CodedValue
      if (value !== null) valueIndices[at++] = index.get(value) as number
    }
    unitStarts[p + 1] = at
  })
  return { values, unitStarts, valueIndices }
}
