import { useEffect, useState } from 'react'
import type { Speaker } from '../../../shared/domain/speaker'
import type { SpeakerUsage } from '../../../shared/speakers/tallySpeakerUsage'
import { speakerUsage } from '../../actions/speakerRegistryActions'
import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'

/**
 * Span and document counts per speaker, computed in one pass when the registry opens and again
 * only when its set of speakers changes (a merge, a deletion, their undo); editing a name does
 * not recount. Undefined while counting.
 */
export function useSpeakerUsage(
  projectId: string,
  speakers: readonly Speaker[],
): ReadonlyMap<string, SpeakerUsage> | undefined {
  const membership = speakers
    .map((s) => s.id)
    .sort()
    .join(' ')
  const [usage, setUsage] = useState<{ key: string; counts: Map<string, SpeakerUsage> }>()
  const key = `${projectId}:${membership}`
  useEffect(() => {
    let cancelled = false
    speakerUsage(projectId).then(
      (counts) => {
        if (!cancelled) setUsage({ key, counts })
      },
      (error: unknown) => useSession.getState().notify('error', errorMessage(error)),
    )
    return () => {
      cancelled = true
    }
  }, [projectId, key])
  return usage?.key === key ? usage.counts : undefined
}
