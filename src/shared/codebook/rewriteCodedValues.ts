import type { CodedValue } from '../domain/annotation'

/**
 * How stored codes of one dimension change: each old value id maps to the id that replaces it,
 * or to null to clear it.
 */
export type ValueMapping = { dimensionId: string; replace: ReadonlyMap<string, string | null> }

/**
 * Applies a mapping to one annotation's (or article coding's) values. Single, ordinal and speaker
 * codes (a string id) are replaced or removed; a multiple-choice list has each id replaced, the
 * cleared ones dropped and duplicates removed (a merge can make two ids one), and is removed when
 * it becomes empty, since "not coded" is always a missing key. Returns the same object when
 * nothing changes, so callers can skip unchanged rows.
 */
export function rewriteCodedValues(
  values: Readonly<Record<string, CodedValue>>,
  mapping: ValueMapping,
): Record<string, CodedValue> {
  const current = values[mapping.dimensionId]
  let next: CodedValue | undefined
  if (typeof current === 'string' && mapping.replace.has(current)) {
    next = mapping.replace.get(current) ?? undefined
  } else if (Array.isArray(current) && current.some((id) => mapping.replace.has(id))) {
    const ids: string[] = []
    for (const id of current) {
      const replaced = mapping.replace.has(id) ? mapping.replace.get(id) : id
      if (replaced != null && !ids.includes(replaced)) ids.push(replaced)
    }
    next = ids.length === 0 ? undefined : ids
  } else {
    return values as Record<string, CodedValue>
  }
  const out: Record<string, CodedValue> = { ...values }
  if (next === undefined) delete out[mapping.dimensionId]
  else out[mapping.dimensionId] = next
  return out
}
