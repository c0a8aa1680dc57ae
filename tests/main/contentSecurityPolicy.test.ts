import { describe, expect, it } from 'vitest'
import {
  browserModeContentSecurityPolicy,
  CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
  withContentSecurityPolicy,
} from '../../src/main/contentSecurityPolicy'

const directives = (policy: string) => policy.split(';').map((d) => d.trim())

describe('CONTENT_SECURITY_POLICY', () => {
  it('contains every required directive', () => {
    expect(directives(CONTENT_SECURITY_POLICY)).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "frame-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ]),
    )
  })

  it('never allows inline or eval-ed scripts', () => {
    const scriptSrc = directives(CONTENT_SECURITY_POLICY).find((d) => d.startsWith('script-src'))
    expect(scriptSrc).toBe("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
  })

  it('lets workers (import, pdf.js) start only from the app’s own files', () => {
    // No worker-src or child-src: workers fall back to script-src 'self', never blob: or data:.
    const widening = directives(CONTENT_SECURITY_POLICY).filter((d) =>
      /^(worker-src|child-src)\b/.test(d),
    )
    expect(widening).toEqual([])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/blob:|\*/)
  })
})

describe('devContentSecurityPolicy', () => {
  it('adds only what the Vite dev server needs: inline preamble and its HMR socket', () => {
    const policy = devContentSecurityPolicy('http://localhost:5173')
    expect(directives(policy)).toContain("script-src 'self' 'unsafe-inline'")
    expect(directives(policy)).toContain("connect-src 'self' ws://localhost:5173")
    expect(directives(policy)).toContain("object-src 'none'")
  })
})

describe('withContentSecurityPolicy', () => {
  it('replaces existing CSP headers in any case and keeps the others', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      "default-src 'self'",
    )
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': ["default-src 'self'"],
    })
  })

  it('adds the header when the response had none', () => {
    expect(withContentSecurityPolicy(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] })
  })
})

describe('browserModeContentSecurityPolicy', () => {
  it('admits team servers (https, or on this computer) to connect-src and changes nothing else', () => {
    const policy = browserModeContentSecurityPolicy(CONTENT_SECURITY_POLICY)
    expect(directives(policy)).toContain(
      "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
    )
    expect(directives(policy).filter((d) => !d.startsWith('connect-src'))).toEqual(
      directives(CONTENT_SECURITY_POLICY).filter((d) => !d.startsWith('connect-src')),
    )
  })
})
