import { useState, type FormEvent } from 'react'
import { useSession } from '../../state/sessionStore'
import type { Invite } from './teamActions'
import { setUpTeamProject } from './teamActions'
import { useFormAction } from './useFormAction'

/**
 * "Set up team project" (the lead): the server, a server admin's credentials (used once, never
 * kept), the lead's own account and the coders' user names, one per line.
 */
export function SetUpTeamForm({
  projectId,
  onInvites,
}: {
  projectId: string
  /** Gets the invitations; the panel shows them, since this form goes once the team exists. */
  onInvites: (invites: Invite[]) => void
}) {
  const coder = useSession((s) => s.coder)
  const [server, setServer] = useState('')
  const [adminUser, setAdminUser] = useState('')
  const [adminPassword, setAdminPassword] = useState('')
  const [lead, setLead] = useState(coder)
  const [leadPassword, setLeadPassword] = useState('')
  const [coders, setCoders] = useState('')
  const { busy, problem, run } = useFormAction()

  function submit(event: FormEvent) {
    event.preventDefault()
    void run(async () => {
      const made = await setUpTeamProject({
        projectId,
        server,
        admin: { user: adminUser, password: adminPassword },
        lead: { user: lead, password: leadPassword },
        coders: coders.split('\n'),
      })
      setAdminPassword('')
      onInvites(made)
    })
  }

  return (
    <section className="team-section" aria-labelledby="team-setup">
      <h3 id="team-setup">Set up team project</h3>
      <p className="hint">
        Shares this project through your lab’s CouchDB server: you lead (documents, codebook,
        adjudication); each coder codes in a database only they and you can read.
      </p>
      <form className="team-form" onSubmit={submit}>
        <label htmlFor="team-setup-server">Server URL</label>
        <input
          id="team-setup-server"
          type="url"
          value={server}
          onChange={(e) => setServer(e.target.value)}
          placeholder="https://couch.example.org"
          required
        />
        <label htmlFor="team-setup-admin">Server admin</label>
        <input
          id="team-setup-admin"
          value={adminUser}
          onChange={(e) => setAdminUser(e.target.value)}
          autoComplete="off"
          required
        />
        <label htmlFor="team-setup-admin-password">Admin password</label>
        <input
          id="team-setup-admin-password"
          type="password"
          value={adminPassword}
          onChange={(e) => setAdminPassword(e.target.value)}
          autoComplete="off"
          required
        />
        <label htmlFor="team-setup-lead">Your user name</label>
        <input
          id="team-setup-lead"
          value={lead}
          onChange={(e) => setLead(e.target.value)}
          required
        />
        <label htmlFor="team-setup-lead-password">Your password</label>
        <input
          id="team-setup-lead-password"
          type="password"
          value={leadPassword}
          onChange={(e) => setLeadPassword(e.target.value)}
          autoComplete="new-password"
          required
        />
        <label htmlFor="team-setup-coders">Coders (one per line)</label>
        <textarea
          id="team-setup-coders"
          value={coders}
          onChange={(e) => setCoders(e.target.value)}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Setting up…' : 'Set up team project'}
        </button>
      </form>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
    </section>
  )
}
