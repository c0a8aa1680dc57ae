/**
 * The Content-Security-Policy of every page the app shows. Scripts only from the app itself, so
 * an article that smuggles markup into the page can never run code; inline styles stay allowed
 * because React's `style` props compile to them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/**
 * The policy for the Vite dev server, which needs an inline React-refresh preamble and a
 * WebSocket back to itself for hot reload. Never used for a packaged app.
 */
export function devContentSecurityPolicy(devServerUrl: string): string {
  const { host } = new URL(devServerUrl)
  return CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'",
    "script-src 'self' 'unsafe-inline'",
  ).replace("connect-src 'self'", `connect-src 'self' ws://${host}`)
}

/**
 * Where browser mode may connect besides itself: a team's CouchDB server over https, or one on
 * this computer over http (a lab's test server, the e2e tests' pouchdb-server). The desktop app
 * keeps `connect-src 'self'`: its team requests go through main (ADR 0020).
 */
export const TEAM_SERVER_SOURCES = 'https: http://127.0.0.1:* http://localhost:*'

/**
 * The policy browser mode serves: `policy` (the app's, or the dev server's) with team servers
 * admitted to connect-src, and nothing else changed.
 */
export function browserModeContentSecurityPolicy(policy: string): string {
  return policy.replace("connect-src 'self'", `connect-src 'self' ${TEAM_SERVER_SOURCES}`)
}

/**
 * Response headers with any CSP header replaced by `policy`, so exactly the policy under test is
 * in force. Names compare case-insensitively because servers spell headers in any case.
 */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
  policy: string,
): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value
  }
  result['Content-Security-Policy'] = [policy]
  return result
}
