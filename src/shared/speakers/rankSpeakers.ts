import type { Speaker } from '../domain/speaker'
import { foldForSearch } from './foldForSearch'

/** How well a query matched: lower is better; used to order the speaker box's suggestions. */
const EXACT = 0
const PREFIX = 1
const WORD_PREFIX = 2
const CONTAINS = 3

function score(name: string, query: string): number | null {
  const folded = foldForSearch(name)
  if (folded === query) return EXACT
  if (folded.startsWith(query)) return PREFIX
  if (folded.split(' ').some((word) => word.startsWith(query))) return WORD_PREFIX
  if (folded.includes(query)) return CONTAINS
  return null
}

/**
 * Speakers whose name or any alias matches `query` (accent- and case-insensitive), best first:
 * exact, then prefix, then word prefix, then substring; ties by name. An empty query lists all by
 * name. At most `limit` results (20 fits a dropdown without scrolling far).
 */
export function rankSpeakers(speakers: readonly Speaker[], query: string, limit = 20): Speaker[] {
  const q = foldForSearch(query)
  const scored: { speaker: Speaker; score: number }[] = []
  for (const speaker of speakers) {
    if (q === '') {
      scored.push({ speaker, score: 0 })
      continue
    }
    let best: number | null = null
    for (const name of [speaker.name, ...speaker.aliases]) {
      const s = score(name, q)
      if (s !== null && (best === null || s < best)) best = s
    }
    if (best !== null) scored.push({ speaker, score: best })
  }
  scored.sort((a, b) => a.score - b.score || a.speaker.name.localeCompare(b.speaker.name))
  return scored.slice(0, limit).map((s) => s.speaker)
}

/** The speaker whose name or alias folds to exactly `name`, if any: creating it again would duplicate. */
export function findSpeakerByName(speakers: readonly Speaker[], name: string): Speaker | undefined {
  const q = foldForSearch(name)
  return speakers.find((s) => [s.name, ...s.aliases].some((n) => foldForSearch(n) === q))
}
