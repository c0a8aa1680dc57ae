import { join, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveRendererFile } from '../../src/main/resolveRendererFile'

const root = resolve('/srv/newscoder/out/renderer')

describe('resolveRendererFile', () => {
  it('maps app://newscoder paths into the renderer folder', () => {
    expect(resolveRendererFile(root, 'app://newscoder/index.html')).toBe(join(root, 'index.html'))
    expect(resolveRendererFile(root, 'app://newscoder/assets/index-abc.js?v=1#x')).toBe(
      join(root, 'assets', 'index-abc.js'),
    )
  })

  it('serves index.html for the bare origin', () => {
    expect(resolveRendererFile(root, 'app://newscoder/')).toBe(join(root, 'index.html'))
    expect(resolveRendererFile(root, 'app://newscoder')).toBe(join(root, 'index.html'))
  })

  it('decodes percent-encoded names', () => {
    expect(resolveRendererFile(root, 'app://newscoder/my%20file.txt')).toBe(
      join(root, 'my file.txt'),
    )
  })

  it('keeps dot segments, plain or %2e-encoded, inside the folder', () => {
    const inside = join(root, 'etc', 'passwd')
    expect(resolveRendererFile(root, 'app://newscoder/../../etc/passwd')).toBe(inside)
    expect(resolveRendererFile(root, 'app://newscoder/%2e%2e/%2E%2E/etc/passwd')).toBe(inside)
  })

  it('refuses traversal that only appears after decoding an encoded slash', () => {
    expect(resolveRendererFile(root, 'app://newscoder/..%2f..%2fetc%2fpasswd')).toBeNull()
    expect(resolveRendererFile(root, 'app://newscoder/%2e%2e%2fetc%2fpasswd')).toBeNull()
    expect(resolveRendererFile(root, 'app://newscoder/assets/..%2F..%2F..%2Fetc')).toBeNull()
    // A sibling folder whose name starts with the renderer folder's name is still outside.
    expect(resolveRendererFile(root, 'app://newscoder/..%2frenderer-secrets/x')).toBeNull()
  })

  it.each([
    'app://newscoder/..%2f..%2fetc%2fpasswd',
    'app://newscoder/%2E%2E%5C..%5Cwindows%5Cwin.ini',
    'app://newscoder/a/%2e%2e%2f%2e%2e%2f%2e%2e%2fb',
    'app://newscoder/%2F%2Fetc%2Fpasswd',
  ])('never resolves outside the folder: %s', (url) => {
    const file = resolveRendererFile(root, url)
    expect(file === null || file.startsWith(root + sep)).toBe(true)
  })

  it.each([
    ['another host', 'app://other/index.html'],
    ['another scheme', 'file:///srv/newscoder/out/renderer/index.html'],
    ['a NUL byte', 'app://newscoder/index.html%00.png'],
    ['malformed percent-encoding', 'app://newscoder/%E0%A4%A'],
    ['something that is not a URL', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(resolveRendererFile(root, url)).toBeNull()
  })
})
