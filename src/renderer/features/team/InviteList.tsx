import type { Invite } from './teamActions'

/** The invitations to hand the coders: the link, and a new account's password (shown once). */
export function InviteList({ invites }: { invites: Invite[] }) {
  if (invites.length === 0) return null
  return (
    <div className="team-invites" role="region" aria-label="Invitations">
      <p className="hint">
        Give each coder their invitation and, separately, their password. Passwords are shown only
        now; Newscoder does not keep them.
      </p>
      <ul>
        {invites.map((invite) => (
          <li key={invite.user}>
            <strong>{invite.user}</strong>:{' '}
            <code aria-label={`Invitation for ${invite.user}`}>{invite.invitation}</code>
            {invite.password ? (
              <>
                {' '}
                — password <code aria-label={`Password for ${invite.user}`}>{invite.password}</code>
              </>
            ) : (
              ' — an existing account: their password is unchanged'
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
