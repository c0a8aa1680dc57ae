import type { Dimension } from '../../../shared/domain/codebook'
import { shortcutConflicts } from '../../../shared/codebook/shortcutConflicts'

/** What a value shortcut applies: a value of a span choice dimension. */
export type ValueShortcut = { dimension: Dimension; valueId: string }

const CHOICE_KINDS = new Set(['single', 'multi', 'ordinal'])

/**
 * The value shortcuts of the span dimensions, by lower-case key. A key in conflict (given to two
 * or more values, or reserved for s/t/m field jumps — the conflicts the codebook editor reports)
 * is left out: pressing it does nothing rather than guess which value was meant.
 */
export function valueShortcuts(dimensions: readonly Dimension[]): Map<string, ValueShortcut> {
  const ambiguous = new Set(shortcutConflicts({ dimensions: [...dimensions] }).map((c) => c.key))
  const out = new Map<string, ValueShortcut>()
  for (const dimension of dimensions) {
    if (dimension.scope !== 'span' || !CHOICE_KINDS.has(dimension.kind)) continue
    for (const value of dimension.values) {
      const key = value.shortcut.toLowerCase()
      if (key !== '' && !ambiguous.has(key)) out.set(key, { dimension, valueId: value.id })
    }
  }
  return out
}
