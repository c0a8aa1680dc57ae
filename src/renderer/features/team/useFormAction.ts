import { useState } from 'react'
import { errorMessage } from '../shell/errorMessage'

/**
 * Runs a form's async action once at a time and keeps its error message: what every Team panel
 * form needs (busy button, one clear message, nothing left half-done in the UI).
 */
export function useFormAction() {
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  async function run(action: () => Promise<void>): Promise<void> {
    if (busy) return
    setBusy(true)
    setProblem(null)
    try {
      await action()
    } catch (error) {
      setProblem(errorMessage(error))
    } finally {
      setBusy(false)
    }
  }
  return { busy, problem, run }
}
