import { useEffect } from 'react'
import { useSession } from '../../state/sessionStore'
import { applyTheme } from './applyTheme'

/** Keeps the root element's theme attribute in step with the session's theme. */
export function useThemeAttribute(): void {
  const theme = useSession((s) => s.theme)
  useEffect(() => applyTheme(theme), [theme])
}
