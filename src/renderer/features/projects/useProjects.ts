import { useLiveQuery } from 'dexie-react-hooks'
import type { Project } from '../../../shared/domain/project'
import { db } from '../../db/NewscoderDb'

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** Live projects by name, or undefined while loading; re-renders when any project changes. */
export function useProjects(): Project[] | undefined {
  return useLiveQuery(async () => {
    const all = await db.projects.toArray()
    return all.filter((p) => p.deletedAt === null).sort((a, b) => byName.compare(a.name, b.name))
  }, [])
}

/** Projects in the trash, most recently deleted first. */
export function useDeletedProjects(): Project[] | undefined {
  return useLiveQuery(async () => {
    const all = await db.projects.toArray()
    return all
      .filter((p) => p.deletedAt !== null)
      .sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0))
  }, [])
}

/** One project by id, or undefined while loading or when it does not exist. */
export function useProject(id: string | null): Project | undefined {
  return useLiveQuery(async () => (id === null ? undefined : db.projects.get(id)), [id])
}
