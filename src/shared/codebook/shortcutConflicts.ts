import type { Codebook } from '../domain/codebook'

/** Keys the tagging panel keeps for itself: s (speaker box), t (source type), m (memo). */
export const RESERVED_TAGGING_KEYS: Readonly<Record<string, string>> = {
  s: 'the Speaker box',
  t: 'Source type',
  m: 'the memo',
}

/** A value that holds a shortcut key, for listing conflicts. */
export type ShortcutHolder = {
  dimensionId: string
  dimensionName: string
  valueId: string
  label: string
}

/** A key given to more than one span value, or to a value and a reserved tagging key. */
export type ShortcutConflict = {
  key: string
  holders: ShortcutHolder[]
  /** What the key is reserved for, when it clashes with a tagging key; otherwise null. */
  reservedFor: string | null
  /** A sentence for the editor's conflict list. */
  message: string
}

const quoted = (h: ShortcutHolder) => `“${h.label}” (${h.dimensionName})`

/**
 * The shortcut conflicts of a codebook. Value shortcuts act in the span tagging panel, so only
 * values of span-scope choice dimensions count; keys compare case-insensitively, as the panel
 * reads them. A conflict is a key on two or more values, or a key the panel reserves.
 */
export function shortcutConflicts(codebook: Pick<Codebook, 'dimensions'>): ShortcutConflict[] {
  const byKey = new Map<string, ShortcutHolder[]>()
  for (const d of codebook.dimensions) {
    if (d.scope !== 'span' || !['single', 'multi', 'ordinal'].includes(d.kind)) continue
    for (const v of d.values) {
      if (v.shortcut === '') continue
      const key = v.shortcut.toLowerCase()
      const holder = { dimensionId: d.id, dimensionName: d.name, valueId: v.id, label: v.label }
      byKey.set(key, [...(byKey.get(key) ?? []), holder])
    }
  }
  const conflicts: ShortcutConflict[] = []
  for (const [key, holders] of byKey) {
    const reservedFor = RESERVED_TAGGING_KEYS[key] ?? null
    if (reservedFor !== null) {
      const message = `Key “${key}” of ${holders.map(quoted).join(', ')} is reserved for ${reservedFor}.`
      conflicts.push({ key, holders, reservedFor, message })
    } else if (holders.length > 1) {
      const message = `Key “${key}” is given to ${holders.map(quoted).join(' and ')}.`
      conflicts.push({ key, holders, reservedFor, message })
    }
  }
  return conflicts
}
