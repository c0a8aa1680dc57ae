import { db } from '../../db/NewscoderDb'
import type { TeamConfig } from '../../../shared/sync/teamModel'
import { isLead, readableDatabases } from '../../../shared/sync/teamModel'
import { networkProblem } from '../../../shared/sync/serverProblem'
import type { ServerProblem } from '../../../shared/sync/serverProblem'
import type { TeamTransport } from '../../platform/teamTransport'
import { applyMirrorChanges, loadMeta } from './applyMirrorChanges'
import { enqueueProject } from './enqueueProject'
import type { Pouch } from './pouchDatabases'
import { openMirror, openRemote } from './pouchDatabases'
import { pumpOutbox } from './pumpOutbox'
import { recordConflicts } from './recordConflicts'
import { saveTeamConfig } from './teamConfigs'
import type { SyncStatus, TeamStatus } from './teamStatusStore'

/** Seconds between checks for others' changes while all is well (the lead's view of a tag). */
export const POLL_MS = 2000
/** Longest wait between retries while the server cannot be reached. */
export const MAX_BACKOFF_MS = 30_000
/** Documents per replication batch: CouchDB's default, a few hundred kilobytes per request. */
export const REPLICATION_BATCH = 500

type Failure = { message: string; code?: string }

/**
 * Keeps one team project in sync: moves local changes from the outbox into the mirrors, replicates
 * each mirror with its CouchDB database (PouchDB's replication, one pass per database per cycle:
 * a lead with twenty coder databases would otherwise hold twenty long-polls, past a browser's six
 * connections per host), applies what arrived to Dexie, and runs again after every local change,
 * every `POLL_MS`, and — after a failure — with a growing back-off, or as soon as the browser is
 * back online. Coding never waits on any of it: writes go to Dexie and the outbox only.
 */
export class TeamSync {
  private mirrors = new Map<string, Pouch>()
  private timer: ReturnType<typeof setTimeout> | null = null
  private running: Promise<void> | null = null
  private again = false
  private stopped = false
  private failures = 0
  private lastFailure: Failure | null = null
  private status: TeamStatus

  constructor(
    private config: TeamConfig,
    private readonly deps: {
      transport: TeamTransport
      browser: boolean
      publish: (status: TeamStatus) => void
      pollMs?: number
    },
  ) {
    this.status = {
      projectId: config.projectId,
      status: { state: 'syncing', pending: 0 },
      lastSyncAt: null,
      localOnly: null,
      refused: null,
    }
  }

  /** The project's team link as the engine last read it. */
  get team(): TeamConfig {
    return this.config
  }

  /** Starts syncing now and keeps at it until `stop`. */
  start(): void {
    this.stopped = false
    this.schedule(0)
  }

  /** Stops syncing; a cycle under way finishes its current step. */
  stop(): void {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  /** Runs a cycle soon: after a local change, a sign-in, or the network coming back. */
  nudge(delayMs = 150): void {
    if (this.running) this.again = true
    else this.schedule(delayMs)
  }

  /** Runs one cycle now (or waits for the one under way) and resolves when it is done. */
  async syncNow(): Promise<void> {
    if (this.running) {
      this.again = true
      await this.running
    }
    await this.run()
  }

  private schedule(ms: number): void {
    if (this.stopped) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.run(), ms)
  }

  private run(): Promise<void> {
    if (this.running) return this.running
    this.running = this.cycle()
      .then(
        () => {
          this.failures = 0
        },
        (error: unknown) => {
          this.failures += 1
          this.publish(this.failureStatus(error))
        },
      )
      .finally(() => {
        this.running = null
        const again = this.again
        this.again = false
        const wait = this.failures === 0 ? (this.deps.pollMs ?? POLL_MS) : this.backoff()
        this.schedule(again && this.failures === 0 ? 0 : wait)
      })
    return this.running
  }

  private backoff(): number {
    return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(this.failures - 1, 5))
  }

  private publish(status: SyncStatus, extra: Partial<TeamStatus> = {}): void {
    this.status = { ...this.status, ...extra, status }
    this.deps.publish(this.status)
  }

  private failureStatus(error: unknown): SyncStatus {
    const status = (error as { status?: unknown } | null)?.status
    if (typeof navigator !== 'undefined' && !navigator.onLine) {
      return { state: 'offline', message: 'changes wait on this computer' }
    }
    if (status === 401)
      return { state: 'error', message: 'the server refused the password: sign in again' }
    if (status === 403)
      return { state: 'error', message: 'this user may no longer read this project' }
    const failure = this.lastFailure
    this.lastFailure = null
    // Only a failure the transport saw is the network's; any other error is reported as itself.
    if (failure) {
      const problem: ServerProblem = networkProblem({
        message: failure.message,
        ...(failure.code ? { code: failure.code } : {}),
        online: true,
        browser: this.deps.browser,
      })
      return problem.kind === 'unreachable'
        ? { state: 'offline', message: problem.message }
        : { state: 'error', message: problem.message }
    }
    return { state: 'error', message: error instanceof Error ? error.message : String(error) }
  }

  private mirror(name: string): Pouch {
    let mirror = this.mirrors.get(name)
    if (!mirror) {
      mirror = openMirror(name)
      this.mirrors.set(name, mirror)
    }
    return mirror
  }

  private async cycle(): Promise<void> {
    const { projectId, server, user } = this.config
    const account = { server, user }
    if (!(await this.deps.transport.hasCredentials(account))) {
      this.publish({ state: 'signed-out' })
      return
    }
    const pending = () => db.syncOutbox.where('projectId').equals(projectId).count()
    this.publish({ state: 'syncing', pending: await pending() })
    const meta = await loadMeta(projectId)
    if (!meta.reconciled) {
      await enqueueProject(projectId)
      await db.syncMeta.put({ ...meta, reconciled: true })
    }
    const lead = isLead(this.config)
    const databases = readableDatabases(this.config)
    const own = databases.find((d) => d.owner === user && d.writable)
    const targets = {
      project: lead
        ? { db: this.config.projectDb, mirror: this.mirror(this.config.projectDb) }
        : null,
      own: own ? { db: own.db, mirror: this.mirror(own.db) } : null,
    }
    let localOnly = this.status.localOnly
    for (;;) {
      const pumped = await pumpOutbox(projectId, { user, lead }, targets)
      if (pumped.localOnly > 0) {
        localOnly = {
          count: (localOnly?.count ?? 0) + pumped.localOnly,
          reason: pumped.localReason ?? '',
        }
      }
      if (!pumped.left) break
      this.publish({ state: 'syncing', pending: await pending() }, { localOnly })
    }
    let refused = this.status.refused
    const onFailure = (failure: Failure) => {
      this.lastFailure = failure
    }
    for (const database of databases) {
      const mirror = this.mirror(database.db)
      const remote = openRemote(account, database.db, this.deps.transport, onFailure)
      const pulledIds = new Set<string>()
      try {
        if (database.writable) {
          const pushed = await mirror.replicate.to(remote, { batch_size: REPLICATION_BATCH })
          if (pushed.doc_write_failures > 0) {
            const first = pushed.errors[0] as { message?: string } | undefined
            throw new Error(
              `the server refused ${pushed.doc_write_failures} change(s): ${first?.message ?? 'forbidden'}`,
            )
          }
        }
        await mirror.replicate
          .from(remote, {
            batch_size: REPLICATION_BATCH,
            ...(database.writable ? {} : { checkpoint: 'target' as const }),
          })
          .on('change', (info) => {
            for (const doc of info.docs)
              if (typeof doc['_id'] === 'string') pulledIds.add(doc['_id'])
          })
      } finally {
        await remote.close()
      }
      const applied = await applyMirrorChanges(projectId, mirror, {
        db: database.db,
        role:
          database.owner === null ? { kind: 'project' } : { kind: 'coder', owner: database.owner },
        me: user,
        lead,
      })
      await recordConflicts(projectId, database.db, mirror, pulledIds)
      if (applied.refused > 0) {
        refused = {
          count: (refused?.count ?? 0) + applied.refused,
          reason: applied.refusedReason ?? '',
        }
      }
      // A coder's new speaker joins the registry: written normally, it goes out to the project.
      if (applied.adopt.length > 0) await db.speakers.bulkPut(applied.adopt as never[])
      if (applied.team) {
        this.config = { ...this.config, team: applied.team }
        await saveTeamConfig(this.config)
      }
    }
    const left = await pending()
    const now = Date.now()
    await db.syncMeta.put({ ...(await loadMeta(projectId)), lastSyncAt: now })
    if (left > 0) this.again = true
    this.publish(left > 0 ? { state: 'syncing', pending: left } : { state: 'synced' }, {
      lastSyncAt: now,
      localOnly,
      refused,
    })
  }
}
