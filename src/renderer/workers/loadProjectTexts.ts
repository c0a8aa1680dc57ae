import { db } from '../db/NewscoderDb'
import type { IndexedText } from './ProjectDuplicateIndex'

/** How many texts are read per query, so a 20,000-document project is never held twice. */
const CHUNK = 500

/**
 * Reads the live documents of a project that `known` does not hold yet, with their texts, in
 * chunks: the duplicate index and the text search load a project once and then only what is new.
 * Trashed documents are left out (a duplicate of a trashed article is not a duplicate).
 */
export async function loadProjectTexts(
  projectId: string,
  known: ReadonlySet<string>,
  onChunk: (entries: IndexedText[]) => void,
): Promise<void> {
  const docs = await db.documents.where('projectId').equals(projectId).toArray()
  const missing = docs.filter((d) => d.deletedAt === null && !known.has(d.id))
  for (let at = 0; at < missing.length; at += CHUNK) {
    const slice = missing.slice(at, at + CHUNK)
    const texts = await db.texts.bulkGet(slice.map((d) => d.id))
    const entries: IndexedText[] = []
    slice.forEach((d, i) => {
      const text = texts[i]?.text
      if (text !== undefined) entries.push({ id: d.id, title: d.title, text })
    })
    onChunk(entries)
  }
}
