import type { Shell, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { hardenWebContents } from '../../../src/main/window/hardenWebContents'

type Listener = (event: { url?: string; preventDefault: () => void }) => void

function fakeWebContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler
    },
  } as unknown as WebContents
  const emit = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() }
    listeners.get(name)?.(event)
    return event.preventDefault.mock.calls.length > 0
  }
  return { contents, emit, open: (url: string) => openHandler?.({ url }) }
}

function setup() {
  const fake = fakeWebContents()
  const openExternal = vi.fn(async () => {})
  const shell = { openExternal } as Pick<Shell, 'openExternal'>
  hardenWebContents(fake.contents, { shell, log: () => {} })
  return { ...fake, openExternal }
}

describe('hardenWebContents', () => {
  it('lets navigation stay within the app and blocks leaving it', () => {
    const { emit } = setup()
    expect(emit('will-navigate', 'app://newscoder/index.html')).toBe(false)
    expect(emit('will-navigate', 'https://example.org/')).toBe(true)
    expect(emit('will-redirect', 'file:///etc/passwd')).toBe(true)
  })

  it('denies every new window and hands web links to the system browser', () => {
    const { open, openExternal } = setup()
    expect(open('https://example.org/story')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledWith('https://example.org/story')
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledTimes(1)
  })

  it('blocks webview attachment', () => {
    expect(setup().emit('will-attach-webview')).toBe(true)
  })
})
