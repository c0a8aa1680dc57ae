import { RecoveryProgress } from '../recovery/RecoveryProgress'
import type { StartupState } from './useStartup'
import './shell.css'

type StartupScreenProps = { state: StartupState; onRetry: () => void }

/** The loading screen, or the error screen when the database cannot be opened. */
export function StartupScreen({ state, onRetry }: StartupScreenProps) {
  if (state.status === 'error') {
    return (
      <main className="startup startup-error" role="alert">
        <h1>Newscoder cannot open its database</h1>
        <p>{state.message}</p>
        <p>
          Your data is stored locally. This can happen when the storage is full, when another
          Newscoder window is upgrading it, or when the browser blocks storage (private browsing).
          Close other Newscoder windows and try again.
        </p>
        <button type="button" className="primary" onClick={onRetry}>
          Try again
        </button>
      </main>
    )
  }
  return (
    <main className="startup" aria-busy="true">
      <p role="status">Opening Newscoder…</p>
      <RecoveryProgress />
    </main>
  )
}
