import type { CodedValue } from '../domain/annotation'
import type { Dimension } from '../domain/codebook'
import { isDimensionShown } from './isDimensionShown'

/**
 * The dimensions shown for `values` under the codebook's skip logic. A rule may depend on a
 * dimension that is itself hidden; its value then no longer counts, so hiding repeats until
 * nothing changes (a chain of n rules settles in at most n rounds).
 */
export function shownDimensions(
  dimensions: readonly Dimension[],
  values: Readonly<Record<string, CodedValue>>,
): Dimension[] {
  let shown = [...dimensions]
  for (;;) {
    const visible = new Set(shown.map((d) => d.id))
    const current: Record<string, CodedValue> = {}
    for (const [key, value] of Object.entries(values)) if (visible.has(key)) current[key] = value
    const next = shown.filter((d) => isDimensionShown(d, current))
    if (next.length === shown.length) return shown
    shown = next
  }
}

/**
 * `values` without the codes of dimensions that skip logic hides, so an answer given before the
 * controlling code changed ("anonymity justified?" after the source became named) is not stored.
 * Keys of dimensions outside `dimensions` are kept: they belong to another scope.
 */
export function applicableValues(
  dimensions: readonly Dimension[],
  values: Readonly<Record<string, CodedValue>>,
): Record<string, CodedValue> {
  const shown = new Set(shownDimensions(dimensions, values).map((d) => d.id))
  const known = new Set(dimensions.map((d) => d.id))
  const out: Record<string, CodedValue> = {}
  for (const [key, value] of Object.entries(values)) {
    if (!known.has(key) || shown.has(key)) out[key] = value
  }
  return out
}
