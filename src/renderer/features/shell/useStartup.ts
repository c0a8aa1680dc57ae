import { useEffect, useState } from 'react'
import { bootstrap } from './bootstrap'
import { errorMessage } from './errorMessage'

/** Where startup is: loading, ready, or failed with a message for the error screen. */
export type StartupState =
  { status: 'loading' } | { status: 'ready' } | { status: 'error'; message: string }

// One startup per page load, even when StrictMode mounts the app twice.
let started: Promise<void> | null = null

/** Runs `bootstrap` once and reports its progress. `retry` starts it again after a failure. */
export function useStartup(): StartupState & { retry: () => void } {
  const [state, setState] = useState<StartupState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let current = true
    started ??= bootstrap()
    started.then(
      () => current && setState({ status: 'ready' }),
      (error: unknown) => {
        started = null
        if (current) setState({ status: 'error', message: errorMessage(error) })
      },
    )
    return () => {
      current = false
    }
  }, [attempt])

  return {
    ...state,
    retry: () => {
      setState({ status: 'loading' })
      setAttempt((n) => n + 1)
    },
  }
}
