import type { SampleSize } from '../../shared/agreement/drawSample'
import { drawSample } from '../../shared/agreement/drawSample'
import type { StoredSample } from '../../shared/domain/projectSettings'
import { blindKey, sampleKey } from '../../shared/domain/projectSettings'
import { db } from '../db/NewscoderDb'

export { blindKey, sampleKey }
export type { StoredSample }

/** The project's stored reliability sample, or null when none was drawn. */
export async function loadReliabilitySample(projectId: string): Promise<StoredSample | null> {
  const row = await db.settings.get(sampleKey(projectId))
  return (row?.value as StoredSample | undefined) ?? null
}

/**
 * Draws a reliability sample from the project's live documents (`drawSample`: seeded,
 * reproducible, optionally stratified by outlet) and stores it, replacing any earlier sample.
 * Returns what was stored.
 */
export async function drawReliabilitySample(
  projectId: string,
  size: SampleSize,
  seed: number,
  stratifyByOutlet: boolean,
): Promise<StoredSample> {
  return db.transaction('rw', db.documents, db.settings, async () => {
    const documents = await db.documents.where('projectId').equals(projectId).toArray()
    const frame = documents
      .filter((d) => d.deletedAt === null)
      .map((d) => ({ id: d.id, stratum: d.outlet }))
    const drawn = drawSample(frame, size, seed, stratifyByOutlet)
    const stored: StoredSample = {
      ids: drawn.ids,
      seed,
      size,
      stratified: stratifyByOutlet,
      allocation: drawn.allocation,
      drawnAt: Date.now(),
    }
    await db.settings.put({ key: sampleKey(projectId), value: stored })
    return stored
  })
}

/** Removes the project's reliability sample. */
export async function clearReliabilitySample(projectId: string): Promise<void> {
  await db.transaction('rw', db.settings, () => db.settings.delete(sampleKey(projectId)))
}

/** Turns the project's blind mode on or off. */
export async function setBlindMode(projectId: string, on: boolean): Promise<void> {
  await db.transaction('rw', db.settings, () =>
    db.settings.put({ key: blindKey(projectId), value: on }),
  )
}

/** Whether the project is in blind mode. */
export async function isBlindMode(projectId: string): Promise<boolean> {
  return (await db.settings.get(blindKey(projectId)))?.value === true
}

/**
 * Whether blind mode hides other coders' spans in a document from `coder`: the project is in
 * blind mode, the document is in its reliability sample, and the coder has not yet marked the
 * document complete (their article coding's status is not 'complete').
 */
export async function isBlindFor(
  projectId: string,
  documentId: string,
  coder: string,
): Promise<boolean> {
  const [blind, sample, coding] = await Promise.all([
    isBlindMode(projectId),
    loadReliabilitySample(projectId),
    db.articleCodings.where('[documentId+coder]').equals([documentId, coder]).first(),
  ])
  if (!blind || sample === null || !sample.ids.includes(documentId)) return false
  return coding?.status !== 'complete'
}
