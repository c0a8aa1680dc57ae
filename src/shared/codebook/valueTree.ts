import type { CodeValue } from '../domain/codebook'

/** A value placed in its hierarchy: `depth` 0 for top-level values. */
export type ValueNode = { value: CodeValue; depth: number }

/**
 * The direct children of `parentId` (null: the top-level values), in codebook order. A value
 * whose parent is missing from the list counts as top-level, so no value is ever hidden.
 */
export function childValues(values: readonly CodeValue[], parentId: string | null): CodeValue[] {
  const ids = new Set(values.map((v) => v.id))
  return values.filter((v) =>
    parentId === null ? v.parentId === null || !ids.has(v.parentId) : v.parentId === parentId,
  )
}

/**
 * The ancestors of a value, nearest first (parent, grandparent …). The walk stops at a missing
 * parent or a repeated id, so a malformed codebook with a cycle cannot hang it.
 */
export function valueAncestors(values: readonly CodeValue[], id: string): CodeValue[] {
  const byId = new Map(values.map((v) => [v.id, v]))
  const seen = new Set<string>([id])
  const out: CodeValue[] = []
  let parentId = byId.get(id)?.parentId ?? null
  while (parentId !== null && !seen.has(parentId)) {
    const parent = byId.get(parentId)
    if (!parent) break
    out.push(parent)
    seen.add(parentId)
    parentId = parent.parentId
  }
  return out
}

/** Whether `id` is `ancestorId` or lies anywhere below it. */
export function isSelfOrDescendant(
  values: readonly CodeValue[],
  id: string,
  ancestorId: string,
): boolean {
  return id === ancestorId || valueAncestors(values, id).some((a) => a.id === ancestorId)
}

/**
 * Whether giving value `id` the parent `parentId` would make a cycle (the parent is the value
 * itself or one of its descendants).
 */
export function wouldCreateCycle(
  values: readonly CodeValue[],
  id: string,
  parentId: string | null,
): boolean {
  return parentId !== null && isSelfOrDescendant(values, parentId, id)
}

/**
 * The values as a tree of any depth, flattened depth-first in codebook order (each parent
 * followed by its subtree), which is how the editor and the printed codebook list them. Values
 * caught in a parent cycle are appended at depth 0 rather than lost.
 */
export function valueTree(values: readonly CodeValue[]): ValueNode[] {
  const out: ValueNode[] = []
  const placed = new Set<string>()
  const visit = (parentId: string | null, depth: number) => {
    for (const value of childValues(values, parentId)) {
      if (placed.has(value.id)) continue
      placed.add(value.id)
      out.push({ value, depth })
      visit(value.id, depth + 1)
    }
  }
  visit(null, 0)
  for (const value of values) if (!placed.has(value.id)) out.push({ value, depth: 0 })
  return out
}
