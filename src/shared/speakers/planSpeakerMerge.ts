import type { CodedValue } from '../domain/annotation'
import type { Speaker } from '../domain/speaker'
import { foldForSearch } from './foldForSearch'

/** What merging speakers asks for. */
export type SpeakerMergeRequest = {
  /** Every speaker of the project: the surviving name must not belong to anyone left out. */
  speakers: readonly Speaker[]
  /** The speakers to merge, the survivor among them (at least two). */
  ids: readonly string[]
  /** The speaker whose id every coding will carry afterwards. */
  survivorId: string
  /** The name the merged speaker goes by. */
  name: string
  now: number
}

/** The outcome: the survivor as it will be stored, and the speakers that disappear. */
export type SpeakerMergePlan = { survivor: Speaker; removed: Speaker[] }

const tidy = (name: string) => name.trim().replace(/\s+/g, ' ')

// The first non-empty value, survivor first: merging never blanks a field someone filled in.
function firstFilled(values: readonly (string | undefined)[]): string {
  return values.find((v) => v !== undefined && v.trim() !== '') ?? ''
}

/**
 * Plans merging duplicate speakers ("Mayorkas", "Secretary Mayorkas") into one. The survivor
 * keeps its id and takes `name`; every other name and alias of the merged speakers becomes an
 * alias (deduplicated accent- and case-insensitively), so typing any of them still finds the
 * speaker. Empty fields of the survivor are filled from the others, notes are joined. Throws a
 * user-facing error when fewer than two speakers are given, the survivor is not among them, the
 * name is empty, or the name belongs to a speaker not being merged.
 */
export function planSpeakerMerge(request: SpeakerMergeRequest): SpeakerMergePlan {
  const { speakers, survivorId, now } = request
  const ids = [...new Set(request.ids)]
  const byId = new Map(speakers.map((s) => [s.id, s]))
  const merged = ids.map((id) => byId.get(id)).filter((s): s is Speaker => s !== undefined)
  if (merged.length < 2 || merged.length !== ids.length) {
    throw new Error('Choose at least two speakers of this project to merge.')
  }
  const survivor = merged.find((s) => s.id === survivorId)
  if (!survivor) throw new Error('The surviving speaker must be one of those merged.')
  const name = tidy(request.name)
  if (name === '') throw new Error('The merged speaker needs a name.')
  const folded = foldForSearch(name)
  const clash = speakers.find(
    (s) => !ids.includes(s.id) && [s.name, ...s.aliases].some((n) => foldForSearch(n) === folded),
  )
  if (clash) throw new Error(`“${name}” is already the name or an alias of ${clash.name}.`)

  const removed = merged.filter((s) => s.id !== survivorId)
  const ordered = [survivor, ...removed]
  const seen = new Set([folded])
  const aliases: string[] = []
  for (const candidate of ordered.flatMap((s) => [...s.aliases, s.name])) {
    const alias = tidy(candidate)
    const key = foldForSearch(alias)
    if (alias === '' || seen.has(key)) continue
    seen.add(key)
    aliases.push(alias)
  }
  const notes = [...new Set(ordered.map((s) => s.notes.trim()).filter((n) => n !== ''))]
  return {
    survivor: {
      ...survivor,
      name,
      aliases,
      defaultSourceType: ordered.find((s) => s.defaultSourceType)?.defaultSourceType ?? null,
      affiliation: firstFilled(ordered.map((s) => s.affiliation)),
      gender: firstFilled(ordered.map((s) => s.gender)),
      party: firstFilled(ordered.map((s) => s.party)),
      notes: notes.join('\n'),
      updatedAt: now,
    },
    removed,
  }
}

/**
 * `row` with every speaker value in `dimensionIds` that names one of `fromIds` replaced by
 * `toId`; null when nothing changes, so only touched rows are written. Works for annotations and
 * article codings alike (anything with `values`).
 */
export function rewriteSpeakerValues<T extends { values: Record<string, CodedValue> }>(
  row: T,
  fromIds: ReadonlySet<string>,
  toId: string,
  dimensionIds: readonly string[],
): T | null {
  let values: Record<string, CodedValue> | null = null
  for (const dimensionId of dimensionIds) {
    const value = row.values[dimensionId]
    if (typeof value !== 'string' || !fromIds.has(value)) continue
    values ??= { ...row.values }
    values[dimensionId] = toId
  }
  return values === null ? null : { ...row, values }
}
