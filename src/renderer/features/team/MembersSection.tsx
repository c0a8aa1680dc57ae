import { useState, type FormEvent } from 'react'
import type { TeamConfig } from '../../../shared/sync/teamModel'
import { InviteList } from './InviteList'
import type { Invite } from './teamActions'
import { addCoder, removeCoder, unblindCoders } from './teamActions'
import { useFormAction } from './useFormAction'

/**
 * The lead's team management: add a coder (with an invitation), remove one (their work stays),
 * and unblind. Each needs a server admin's credentials, entered here and not kept.
 */
export function MembersSection({ config }: { config: TeamConfig }) {
  const [adminUser, setAdminUser] = useState('')
  const [adminPassword, setAdminPassword] = useState('')
  const [name, setName] = useState('')
  const [invites, setInvites] = useState<Invite[]>([])
  const { busy, problem, run } = useFormAction()
  const admin = { user: adminUser, password: adminPassword }

  function add(event: FormEvent) {
    event.preventDefault()
    void run(async () => {
      setInvites([await addCoder(config.projectId, admin, name)])
      setName('')
    })
  }

  const coders = config.team.coders.filter((c) => c.user !== config.team.lead)
  return (
    <section className="team-section" aria-labelledby="team-members">
      <h3 id="team-members">Coders</h3>
      <ul>
        {coders.map((coder) => (
          <li key={coder.user}>
            {coder.user} {coder.active ? '' : '(removed)'}{' '}
            {coder.active && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void run(() => removeCoder(config.projectId, admin, coder.user))}
              >
                Remove {coder.user}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p>
        {config.team.unblinded
          ? 'Unblinded: every coder reads every coder’s work.'
          : 'Blind: each coder reads only their own work; the server enforces it.'}
      </p>
      <form className="team-form" onSubmit={add}>
        <label htmlFor="team-admin-user">Server admin</label>
        <input
          id="team-admin-user"
          value={adminUser}
          onChange={(e) => setAdminUser(e.target.value)}
          autoComplete="off"
        />
        <label htmlFor="team-admin-password">Admin password</label>
        <input
          id="team-admin-password"
          type="password"
          value={adminPassword}
          onChange={(e) => setAdminPassword(e.target.value)}
          autoComplete="off"
        />
        <label htmlFor="team-add-coder">New coder</label>
        <input
          id="team-add-coder"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
        />
        <button type="submit" disabled={busy}>
          Add coder
        </button>
      </form>
      {!config.team.unblinded && (
        <div className="team-actions">
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => unblindCoders(config.projectId, admin))}
          >
            Unblind coders
          </button>
        </div>
      )}
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      <InviteList invites={invites} />
    </section>
  )
}
