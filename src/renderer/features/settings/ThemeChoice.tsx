import { changeTheme } from '../../actions/settingsActions'
import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'

const themes = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const

/** System/Light/Dark; applies at once, since a theme is easiest judged by seeing it. */
export function ThemeChoice() {
  const theme = useSession((s) => s.theme)
  const notify = useSession((s) => s.notify)
  const setTheme = useSession((s) => s.setTheme)

  // Show the new theme at once; storing it follows (a controlled radio must not lag behind).
  function choose(value: (typeof themes)[number]['value']) {
    setTheme(value)
    changeTheme(value).catch((e: unknown) => notify('error', errorMessage(e)))
  }

  return (
    <fieldset className="choice-group horizontal">
      <legend>Theme</legend>
      {themes.map((t) => (
        <label key={t.value} className="choice">
          <input
            type="radio"
            name="theme"
            value={t.value}
            checked={theme === t.value}
            onChange={() => choose(t.value)}
          />
          {t.label}
        </label>
      ))}
    </fieldset>
  )
}
