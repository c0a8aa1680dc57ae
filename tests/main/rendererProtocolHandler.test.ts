import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/main/contentSecurityPolicy'
import { rendererProtocolHandler } from '../../src/main/rendererProtocolHandler'

let base: string
let handle: (request: Request) => Promise<Response>

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'newscoder-protocol-'))
  const rendererDir = join(base, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Newscoder</title>')
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(base, 'secret.txt'), 'do not serve')
  handle = rendererProtocolHandler({ rendererDir, readFile })
})
afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

describe('rendererProtocolHandler', () => {
  it('serves index.html with the CSP and an HTML content type', async () => {
    const response = await handle(new Request('app://newscoder/'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await response.text()).toContain('<title>Newscoder</title>')
  })

  it('serves scripts as JavaScript, which module scripts require', async () => {
    const response = await handle(new Request('app://newscoder/assets/app.js'))
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('gives scripts the CSP too: a worker takes its policy from its own script’s response', async () => {
    const response = await handle(new Request('app://newscoder/assets/app.js'))
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('answers 404 for a missing file and for a file outside the renderer folder', async () => {
    expect((await handle(new Request('app://newscoder/missing.js'))).status).toBe(404)
    expect((await handle(new Request('app://newscoder/..%2fsecret.txt'))).status).toBe(404)
    expect((await handle(new Request('app://newscoder/assets'))).status).toBe(404)
  })

  it('answers 404 for methods other than GET and HEAD', async () => {
    const post = new Request('app://newscoder/index.html', { method: 'POST', body: 'x' })
    expect((await handle(post)).status).toBe(404)
  })
})
