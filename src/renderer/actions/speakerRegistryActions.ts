import type { Annotation } from '../../shared/domain/annotation'
import type { ArticleCoding } from '../../shared/domain/articleCoding'
import type { Speaker } from '../../shared/domain/speaker'
import { DIM } from '../../shared/codebook/sourcingAndStance'
import { foldForSearch } from '../../shared/speakers/foldForSearch'
import { planSpeakerMerge, rewriteSpeakerValues } from '../../shared/speakers/planSpeakerMerge'
import { speakerDimensionIds } from '../../shared/speakers/speakerDimensionIds'
import { tallySpeakerUsage, type SpeakerUsage } from '../../shared/speakers/tallySpeakerUsage'
import { db } from '../db/NewscoderDb'
import { announceAnnotationChange } from './annotationEvents'
import { projectSpeakers } from './speakerActions'
import { pushUndo } from './undoStack'

/** The editable fields of a registry entry. */
export type SpeakerEdit = Pick<
  Speaker,
  'name' | 'aliases' | 'defaultSourceType' | 'affiliation' | 'gender' | 'party' | 'notes'
>

const tidy = (text: string) => text.trim().replace(/\s+/g, ' ')

/** The project's speaker dimensions; a project without a codebook has the default one. */
async function projectSpeakerDimensions(projectId: string): Promise<string[]> {
  const codebook = await db.codebooks.where('projectId').equals(projectId).first()
  return codebook ? speakerDimensionIds(codebook.dimensions) : [DIM.speaker]
}

/**
 * How many live spans and documents each speaker of the project is coded in (plus trashed
 * spans), by speaker id: one streaming pass over the project's annotations, run when the registry
 * opens rather than as a live query, so 100,000 annotations are read once.
 */
export async function speakerUsage(projectId: string): Promise<Map<string, SpeakerUsage>> {
  const tally = tallySpeakerUsage(await projectSpeakerDimensions(projectId))
  await db.annotations
    .where('projectId')
    .equals(projectId)
    .each((a) => tally.add(a))
  return tally.result()
}

function announceReload(documentIds: Iterable<string>): void {
  for (const documentId of new Set(documentIds)) {
    announceAnnotationChange({ documentId, kind: 'reload' })
  }
}

/**
 * Saves a registry entry's fields; undoable. Names and aliases are tidied and deduplicated, and
 * none may already name another speaker, or typing it in the speaker box would be ambiguous.
 */
export async function updateSpeaker(id: string, edit: SpeakerEdit): Promise<void> {
  const name = tidy(edit.name)
  if (name === '') throw new Error('A speaker needs a name.')
  const seen = new Set([foldForSearch(name)])
  const aliases = edit.aliases.map(tidy).filter((alias) => {
    const key = foldForSearch(alias)
    if (alias === '' || seen.has(key)) return false
    seen.add(key)
    return true
  })
  const result = await db.transaction('rw', db.speakers, async () => {
    const before = await db.speakers.get(id)
    if (!before) throw new Error('This speaker no longer exists.')
    for (const other of await projectSpeakers(before.projectId)) {
      if (other.id === id) continue
      const taken = [other.name, ...other.aliases].find((n) => seen.has(foldForSearch(n)))
      if (taken) throw new Error(`“${taken}” already names ${other.name}.`)
    }
    const after: Speaker = {
      ...before,
      ...edit,
      name,
      aliases,
      affiliation: edit.affiliation.trim(),
      gender: (edit.gender ?? '').trim(),
      party: (edit.party ?? '').trim(),
      notes: edit.notes.trim(),
      updatedAt: Date.now(),
    }
    await db.speakers.put(after)
    return { before, after }
  })
  const put = (row: Speaker) => () => db.speakers.put(row).then(() => undefined)
  pushUndo({
    label: `Edit speaker “${name}”`,
    undo: put(result.before),
    redo: put(result.after),
  })
}

/**
 * Removes a speaker that no coding uses; undoable. A speaker in use (by a span, a trashed span
 * or an article coding) is refused with a message: merging it keeps those codings.
 */
export async function deleteSpeaker(id: string): Promise<void> {
  const removed = await db.transaction(
    'rw',
    [db.speakers, db.annotations, db.articleCodings, db.codebooks],
    async () => {
      const speaker = await db.speakers.get(id)
      if (!speaker) throw new Error('This speaker no longer exists.')
      const dimensionIds = await projectSpeakerDimensions(speaker.projectId)
      const uses = (values: Record<string, unknown>) => dimensionIds.some((d) => values[d] === id)
      const spans = await db.annotations
        .where('projectId')
        .equals(speaker.projectId)
        .filter((a) => uses(a.values))
        .count()
      const articles = await db.articleCodings
        .where('projectId')
        .equals(speaker.projectId)
        .filter((c) => uses(c.values))
        .count()
      if (spans + articles > 0) {
        throw new Error(
          `${speaker.name} is coded ${spans + articles} times (trashed spans included); merge them into another speaker instead.`,
        )
      }
      await db.speakers.delete(id)
      return speaker
    },
  )
  pushUndo({
    label: `Delete speaker “${removed.name}”`,
    undo: () => db.speakers.put(removed).then(() => undefined),
    redo: () => db.speakers.delete(id),
  })
}

/** What mergeSpeakers needs: the speakers to merge, the survivor among them, and its name. */
export type MergeSpeakersInput = {
  projectId: string
  ids: readonly string[]
  survivorId: string
  name: string
}

type Snapshot = { speakers: Speaker[]; annotations: Annotation[]; articleCodings: ArticleCoding[] }

/**
 * Merges duplicate speakers into one in a single transaction: the survivor takes the chosen name
 * and the others' names as aliases, every span and article coding naming one of the others
 * (trashed spans too) is rewritten to the survivor, and the others leave the registry. The open
 * views reload the affected documents. Undo puts back every touched row exactly as it was.
 */
export async function mergeSpeakers(input: MergeSpeakersInput): Promise<Speaker> {
  const tables = [db.speakers, db.annotations, db.articleCodings, db.codebooks]
  const { before, after, removedIds } = await db.transaction('rw', tables, async () => {
    const speakers = await projectSpeakers(input.projectId)
    const now = Date.now()
    const plan = planSpeakerMerge({ ...input, speakers, now })
    const from = new Set(plan.removed.map((s) => s.id))
    const dimensionIds = await projectSpeakerDimensions(input.projectId)
    const before: Snapshot = { speakers: [], annotations: [], articleCodings: [] }
    const after: Snapshot = { speakers: [plan.survivor], annotations: [], articleCodings: [] }
    before.speakers = speakers.filter((s) => s.id === input.survivorId || from.has(s.id))
    await db.annotations
      .where('projectId')
      .equals(input.projectId)
      .each((a) => {
        const next = rewriteSpeakerValues(a, from, input.survivorId, dimensionIds)
        if (!next) return
        before.annotations.push(a)
        after.annotations.push({ ...next, updatedAt: now })
      })
    await db.articleCodings
      .where('projectId')
      .equals(input.projectId)
      .each((c) => {
        const next = rewriteSpeakerValues(c, from, input.survivorId, dimensionIds)
        if (!next) return
        before.articleCodings.push(c)
        after.articleCodings.push({ ...next, updatedAt: now })
      })
    await write(after, [...from])
    return { before, after, removedIds: [...from] }
  })
  const documentIds = before.annotations.map((a) => a.documentId)
  announceReload(documentIds)
  const replay = (snapshot: Snapshot, remove: string[]) => async () => {
    await db.transaction('rw', tables, () => write(snapshot, remove))
    announceReload(documentIds)
  }
  const survivor = after.speakers[0] as Speaker
  pushUndo({
    label: `Merge speakers into “${survivor.name}”`,
    undo: replay(before, []),
    redo: replay(after, removedIds),
  })
  return survivor
}

// Writes a snapshot's rows as they are and removes the given speakers; runs inside a transaction.
async function write(snapshot: Snapshot, removeSpeakerIds: string[]): Promise<void> {
  await db.speakers.bulkDelete(removeSpeakerIds)
  await db.speakers.bulkPut(snapshot.speakers)
  await db.annotations.bulkPut(snapshot.annotations)
  await db.articleCodings.bulkPut(snapshot.articleCodings)
}
