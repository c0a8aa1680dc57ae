import type { Speaker } from '../../../src/shared/domain/speaker'

/** A registry entry with every field filled in as createSpeaker would, overridable. */
export function speaker(id: string, name: string, extra: Partial<Speaker> = {}): Speaker {
  return {
    id,
    projectId: 'p1',
    name,
    aliases: [],
    defaultSourceType: null,
    affiliation: '',
    notes: '',
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  }
}
