import { changeTheme } from '../../actions/settingsActions'
import { useSession } from '../../state/sessionStore'

const themes = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const

/** System/Light/Dark; applies at once, since a theme is easiest judged by seeing it. */
export function ThemeChoice() {
  const theme = useSession((s) => s.theme)
  const notify = useSession((s) => s.notify)
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
            onChange={() => changeTheme(t.value).catch((e: unknown) => notify('error', String(e)))}
          />
          {t.label}
        </label>
      ))}
    </fieldset>
  )
}
