import { describe, expect, it, vi } from 'vitest'
import { registerHandler } from '../../../src/main/ipc/registerHandler'
import { fakeIpcMain } from './fakeIpcMain'

const APP_PAGE = 'app://newscoder/index.html'
const validSave = {
  defaultName: 'annotations.csv',
  content: 'a,b\n1,2\n',
  filterName: 'CSV',
  extensions: ['csv'],
}

function setup(devServerUrl?: string) {
  const fake = fakeIpcMain()
  const log = vi.fn()
  const saveHandler = vi.fn(() => ({ path: '/tmp/x.csv' }))
  const openHandler = vi.fn(() => true as const)
  registerHandler(fake.ipcMain, 'dialog:save-file', saveHandler, { log, devServerUrl })
  registerHandler(fake.ipcMain, 'shell:open-external', openHandler, { log, devServerUrl })
  return { ...fake, log, saveHandler, openHandler }
}

describe('registerHandler', () => {
  it('passes a valid request from the app origin to the handler and wraps its value', async () => {
    const { invoke, saveHandler } = setup()
    const result = await invoke('dialog:save-file', APP_PAGE, validSave)
    expect(result).toEqual({ ok: true, value: { path: '/tmp/x.csv' } })
    expect(saveHandler).toHaveBeenCalledWith(validSave, expect.anything())
  })

  it.each([
    ['a web page', 'https://evil.example/index.html'],
    ['a file page', 'file:///etc/passwd'],
    ['another app:// host', 'app://other/index.html'],
    ['a frame that is gone', null],
    ['the dev server when none is configured', 'http://localhost:5173/'],
  ])('refuses a request from %s and logs it', async (_label, senderUrl) => {
    const { invoke, saveHandler, log } = setup()
    const result = await invoke('dialog:save-file', senderUrl, validSave)
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('refused') })
    expect(saveHandler).not.toHaveBeenCalled()
    expect(log).toHaveBeenCalled()
  })

  it('trusts the dev server origin only when it is configured', async () => {
    const { invoke } = setup('http://localhost:5173')
    const result = await invoke('dialog:save-file', 'http://localhost:5173/index.html', validSave)
    expect(result).toMatchObject({ ok: true })
    const other = await invoke('dialog:save-file', 'http://localhost:5174/', validSave)
    expect(other).toMatchObject({ ok: false })
  })

  it.each([
    ['a missing request', 'dialog:save-file', undefined],
    ['content that is not a string', 'dialog:save-file', { ...validSave, content: 42 }],
    ['an extra key', 'dialog:save-file', { ...validSave, path: '/etc/passwd' }],
    ['a file name with a slash', 'dialog:save-file', { ...validSave, defaultName: '../x.csv' }],
    ['a file name with a backslash', 'dialog:save-file', { ...validSave, defaultName: 'a\\b.csv' }],
    [
      'an extension list of the wrong type',
      'dialog:save-file',
      { ...validSave, extensions: 'csv' },
    ],
    ['a javascript: URL', 'shell:open-external', { url: 'javascript:alert(1)' }],
    ['a file: URL', 'shell:open-external', { url: 'file:///etc/passwd' }],
    ['a URL that is not a string', 'shell:open-external', { url: ['https://example.org'] }],
  ])('rejects %s as an invalid request', async (_label, channel, request) => {
    const { invoke, saveHandler, openHandler } = setup()
    const result = await invoke(channel, APP_PAGE, request)
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid request: /) })
    expect(saveHandler).not.toHaveBeenCalled()
    expect(openHandler).not.toHaveBeenCalled()
  })

  it('turns a thrown error into an error result with its message', async () => {
    const fake = fakeIpcMain()
    const log = vi.fn()
    registerHandler(
      fake.ipcMain,
      'app:info',
      () => {
        throw new Error('disk on fire')
      },
      { log },
    )
    expect(await fake.invoke('app:info', APP_PAGE, {})).toEqual({
      ok: false,
      error: 'disk on fire',
    })
    expect(log).toHaveBeenCalledWith(expect.stringContaining('disk on fire'))
  })

  it('turns a rejected promise into an error result too', async () => {
    const fake = fakeIpcMain()
    registerHandler(fake.ipcMain, 'app:info', () => Promise.reject(new Error('later')), {
      log: () => {},
    })
    expect(await fake.invoke('app:info', APP_PAGE, {})).toEqual({ ok: false, error: 'later' })
  })
})
