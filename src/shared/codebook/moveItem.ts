/**
 * A copy of `list` with the item at `from` moved to index `to` (clamped to the list). Used for
 * reordering by drag (any distance) and by Move up / Move down (one step).
 */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list]
  if (from < 0 || from >= out.length) return out
  const target = Math.max(0, Math.min(out.length - 1, to))
  const [item] = out.splice(from, 1) as [T]
  out.splice(target, 0, item)
  return out
}
