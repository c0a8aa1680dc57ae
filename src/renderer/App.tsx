import { StartupScreen } from './features/shell/StartupScreen'
import { useStartup } from './features/shell/useStartup'
import { useThemeAttribute } from './features/shell/useThemeAttribute'
import { Workspace } from './features/shell/Workspace'

/** The app: a startup screen until the database is open and a project chosen, then the workspace. */
export function App() {
  const startup = useStartup()
  useThemeAttribute()
  if (startup.status !== 'ready') return <StartupScreen state={startup} onRetry={startup.retry} />
  return <Workspace />
}
