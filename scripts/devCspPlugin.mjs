/**
 * Loosens the Content-Security-Policy meta tag of src/renderer/index.html for the dev server only:
 * @vitejs/plugin-react injects its fast-refresh preamble as an inline script, which the
 * production policy (`script-src 'self'`) rightly blocks. Vite happens to insert that script
 * before the meta tag today (so the policy would not cover it); this keeps dev working even if
 * that order changes. `apply: 'serve'` keeps every build strict.
 *
 * @returns {import('vite').Plugin}
 */
export function devCspPlugin() {
  return {
    name: 'newscoder:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("script-src 'self';", "script-src 'self' 'unsafe-inline';"),
  }
}
