import type { Speaker } from '../../shared/domain/speaker'
import { DIM } from '../../shared/codebook/sourcingAndStance'
import { findSpeakerByName } from '../../shared/speakers/rankSpeakers'
import { db } from '../db/NewscoderDb'

/** All speakers of a project (registries are hundreds of rows, cheap to hold for matching). */
export function projectSpeakers(projectId: string): Promise<Speaker[]> {
  return db.speakers.where('projectId').equals(projectId).toArray()
}

/**
 * Adds a speaker to the project registry, or returns the existing one whose name or alias matches
 * (case- and accent-insensitive), so typing a known name never creates a duplicate.
 */
export async function createSpeaker(
  projectId: string,
  name: string,
  defaultSourceType: string | null = null,
): Promise<Speaker> {
  const trimmed = name.trim().replace(/\s+/g, ' ')
  if (trimmed === '') throw new Error('A speaker needs a name.')
  return db.transaction('rw', db.speakers, async () => {
    const existing = findSpeakerByName(await projectSpeakers(projectId), trimmed)
    if (existing) return existing
    const now = Date.now()
    const speaker: Speaker = {
      id: crypto.randomUUID(),
      projectId,
      name: trimmed,
      aliases: [],
      defaultSourceType,
      affiliation: '',
      notes: '',
      createdAt: now,
      updatedAt: now,
    }
    await db.speakers.add(speaker)
    return speaker
  })
}

/**
 * The source type to pre-fill when a speaker is chosen: the registry default if set, otherwise
 * the source type most often given to this speaker so far; null when there is no history.
 */
export async function usualSourceType(speakerId: string): Promise<string | null> {
  const speaker = await db.speakers.get(speakerId)
  if (!speaker) return null
  if (speaker.defaultSourceType) return speaker.defaultSourceType
  const counts = new Map<string, number>()
  await db.annotations
    .where('projectId')
    .equals(speaker.projectId)
    .each((a) => {
      const st = a.values[DIM.sourceType]
      if (a.deletedAt === null && a.values[DIM.speaker] === speakerId && typeof st === 'string') {
        counts.set(st, (counts.get(st) ?? 0) + 1)
      }
    })
  let best: string | null = null
  let bestCount = 0
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount] = [value, count]
  }
  return best
}
