/**
 * Sets the theme on the root element for theme.css: an explicit light/dark choice is a
 * `data-theme` attribute; "system" removes it so the OS preference (prefers-color-scheme) rules.
 */
export function applyTheme(
  theme: 'system' | 'light' | 'dark',
  root: HTMLElement = document.documentElement,
): void {
  if (theme === 'system') delete root.dataset.theme
  else root.dataset.theme = theme
}
