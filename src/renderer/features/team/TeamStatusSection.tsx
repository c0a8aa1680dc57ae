import { useState, type FormEvent } from 'react'
import type { TeamConfig } from '../../../shared/sync/teamModel'
import { isLead } from '../../../shared/sync/teamModel'
import { signIn, signOut } from './teamActions'
import { currentTeamSync } from './teamSession'
import { describeStatus, useTeamStatus } from './teamStatusStore'
import { useFormAction } from './useFormAction'

const time = (ms: number | null) => (ms === null ? 'not yet' : new Date(ms).toLocaleTimeString())

/** Where sync stands: server, who is signed in, status, last sync, what stays local, sign-in. */
export function TeamStatusSection({ config }: { config: TeamConfig }) {
  const status = useTeamStatus((s) => s.current)
  const [password, setPassword] = useState('')
  const { busy, problem, run } = useFormAction()
  const signedOut = status?.status.state === 'signed-out'

  function submit(event: FormEvent) {
    event.preventDefault()
    void run(async () => {
      await signIn(config.projectId, password)
      setPassword('')
    })
  }

  return (
    <section className="team-section" aria-labelledby="team-status">
      <h3 id="team-status">Sync</h3>
      <dl className="team-facts">
        <dt>Server</dt>
        <dd>{config.server}</dd>
        <dt>Signed in as</dt>
        <dd>
          {config.user} ({isLead(config) ? 'lead' : 'coder'})
        </dd>
        <dt>Status</dt>
        <dd role="status" aria-label="Sync status">
          {status ? describeStatus(status.status) : 'Starting…'}
        </dd>
        <dt>Last sync</dt>
        <dd aria-label="Last sync">{time(status?.lastSyncAt ?? null)}</dd>
        {status?.localOnly && (
          <>
            <dt>Kept on this computer</dt>
            <dd>
              {status.localOnly.count} change(s): {status.localOnly.reason}
            </dd>
          </>
        )}
        {status?.refused && (
          <>
            <dt>Refused from the server</dt>
            <dd>
              {status.refused.count} invalid document(s), not stored ({status.refused.reason})
            </dd>
          </>
        )}
      </dl>
      {signedOut ? (
        <form className="team-form" onSubmit={submit}>
          <label htmlFor="team-signin-password">Password for {config.user}</label>
          <input
            id="team-signin-password"
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
            required
          />
          <button type="submit" disabled={busy}>
            Sign in
          </button>
        </form>
      ) : (
        <div className="team-actions">
          <button type="button" onClick={() => void currentTeamSync()?.syncNow()}>
            Sync now
          </button>
          <button type="button" onClick={() => void run(() => signOut(config.projectId))}>
            Sign out
          </button>
        </div>
      )}
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
    </section>
  )
}
