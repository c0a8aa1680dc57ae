import { describe, expect, it } from 'vitest'
import { browserTeamTransport } from '../../../src/renderer/platform/teamTransport'

const account = { server: 'https://couch.example.org', user: 'Ann' }

describe('browser mode’s team transport', () => {
  it('keeps the password in memory only and sends it as Basic auth without cookies', async () => {
    const seen: RequestInit[] = []
    const transport = browserTeamTransport(async (_url, init) => {
      seen.push(init ?? {})
      return new Response('{"ok":true}', { status: 200 })
    })
    expect(await transport.saveCredentials(account, 'pw-1')).toBe('session')
    expect(localStorage.length).toBe(0)
    const answer = await transport.request({
      url: `${account.server}/db`,
      method: 'GET',
      headers: {},
      body: null,
      as: account,
    })
    expect(answer).toMatchObject({ kind: 'response', status: 200 })
    expect(new Headers(seen[0]?.headers).get('authorization')).toBe(`Basic ${btoa('Ann:pw-1')}`)
    expect(seen[0]?.credentials).toBe('omit')
    await transport.forgetCredentials(account)
    expect(await transport.hasCredentials(account)).toBe(false)
    await expect(
      transport.request({
        url: `${account.server}/db`,
        method: 'GET',
        headers: {},
        body: null,
        as: account,
      }),
    ).rejects.toThrow(/sign in/)
  })

  it('reports a failed fetch as a network error, not a throw', async () => {
    const transport = browserTeamTransport(async () => {
      throw new TypeError('Failed to fetch')
    })
    const answer = await transport.request({
      url: 'https://x.org/',
      method: 'GET',
      headers: {},
      body: null,
      as: null,
    })
    expect(answer).toEqual({ kind: 'network-error', message: 'Failed to fetch' })
  })
})
