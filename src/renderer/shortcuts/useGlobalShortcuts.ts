import { useEffect } from 'react'
import { handleGlobalShortcut } from './globalShortcuts'

/** Listens for the global shortcuts on the window while the workspace is mounted. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    window.addEventListener('keydown', handleGlobalShortcut)
    return () => window.removeEventListener('keydown', handleGlobalShortcut)
  }, [])
}
