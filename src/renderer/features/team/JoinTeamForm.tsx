import { useState, type FormEvent } from 'react'
import { useSession } from '../../state/sessionStore'
import { joinTeamProject } from './teamActions'
import { useFormAction } from './useFormAction'

/** "Join a team project" (a coder, or the lead on another computer): invitation and password. */
export function JoinTeamForm() {
  const [invitation, setInvitation] = useState('')
  const [password, setPassword] = useState('')
  const { busy, problem, run } = useFormAction()

  function submit(event: FormEvent) {
    event.preventDefault()
    void run(async () => {
      const projectId = await joinTeamProject(invitation, password)
      setPassword('')
      // Opening it starts its sync; its documents and codebook arrive in the list as they come.
      useSession.getState().openProject(projectId)
    })
  }

  return (
    <section className="team-section" aria-labelledby="team-join">
      <h3 id="team-join">Join a team project</h3>
      <form className="team-form" onSubmit={submit}>
        <label htmlFor="team-join-invitation">Invitation</label>
        <input
          id="team-join-invitation"
          value={invitation}
          onChange={(e) => setInvitation(e.target.value)}
          placeholder="https://…/newscoder-…#user=…"
          required
        />
        <label htmlFor="team-join-password">Password</label>
        <input
          id="team-join-password"
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
          required
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Joining…' : 'Join'}
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
