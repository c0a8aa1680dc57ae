import type { Plugin } from 'vite'

/**
 * Loosens the Content-Security-Policy meta tag of src/renderer/index.html for the dev server only:
 * @vitejs/plugin-react injects its fast-refresh preamble as an inline script, which the
 * production policy (`script-src 'self'`) rightly blocks. `apply: 'serve'` keeps builds strict.
 */
export function devCspPlugin(): Plugin {
  return {
    name: 'newscoder:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("script-src 'self';", "script-src 'self' 'unsafe-inline';"),
  }
}
