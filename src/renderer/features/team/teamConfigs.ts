import { db } from '../../db/NewscoderDb'
import { setSyncedProjects } from '../../db/syncOutboxMiddleware'
import type { TeamConfig } from '../../../shared/sync/teamModel'
import { teamConfigSchema, teamKey } from '../../../shared/sync/teamModel'

/** Every team link of this computer, read and checked (a damaged one is left out). */
export async function loadTeamConfigs(): Promise<TeamConfig[]> {
  const rows = await db.settings.where('key').startsWith('team:').toArray()
  const configs: TeamConfig[] = []
  for (const row of rows) {
    const parsed = teamConfigSchema.safeParse(row.value)
    // A copy of a project restored under a new id keeps the old link's value: not a link.
    if (parsed.success && row.key === teamKey(parsed.data.projectId)) configs.push(parsed.data)
  }
  return configs
}

/** The team link of a project, or null when it is not a team project on this computer. */
export async function loadTeamConfig(projectId: string): Promise<TeamConfig | null> {
  const row = await db.settings.get(teamKey(projectId))
  const parsed = teamConfigSchema.safeParse(row?.value)
  return parsed.success && parsed.data.projectId === projectId ? parsed.data : null
}

/** Stores a project's team link and records the project's changes for sync from now on. */
export async function saveTeamConfig(config: TeamConfig): Promise<void> {
  await db.transaction('rw', db.settings, () =>
    db.settings.put({ key: teamKey(config.projectId), value: config }),
  )
  await refreshSyncedProjects()
}

/** Removes a project's team link: its changes are no longer recorded or sent. */
export async function removeTeamConfig(projectId: string): Promise<void> {
  await db.transaction('rw', db.settings, db.syncOutbox, db.syncRevs, db.syncMeta, async () => {
    await db.settings.delete(teamKey(projectId))
    await db.syncOutbox.where('projectId').equals(projectId).delete()
    await db.syncRevs.where('projectId').equals(projectId).delete()
    await db.syncMeta.delete(projectId)
  })
  await refreshSyncedProjects()
}

/** Sets the outbox middleware's team projects from the stored links. */
export async function refreshSyncedProjects(): Promise<void> {
  setSyncedProjects((await loadTeamConfigs()).map((c) => c.projectId))
}
