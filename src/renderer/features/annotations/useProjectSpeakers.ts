import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { Speaker } from '../../../shared/domain/speaker'
import { projectSpeakers } from '../../actions/speakerActions'

const NONE: Speaker[] = []

/** The project's speaker registry, live; an empty list while loading (registries are small). */
export function useProjectSpeakers(projectId: string): Speaker[] {
  return useLiveQuery(() => projectSpeakers(projectId), [projectId]) ?? NONE
}

/** The registry indexed by id, for turning stored speaker ids into names. */
export function useSpeakersById(projectId: string): Map<string, Speaker> {
  const speakers = useProjectSpeakers(projectId)
  return useMemo(() => new Map(speakers.map((s) => [s.id, s])), [speakers])
}
