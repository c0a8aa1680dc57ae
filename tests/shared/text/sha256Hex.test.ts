import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sha256Hex } from '../../../src/shared/text/sha256Hex'

describe('sha256Hex', () => {
  it('returns the known digest of "abc"', () => {
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })

  it('returns the known digest of the empty string', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })

  it('hashes a string as its UTF-8 bytes', () => {
    const text = 'Grüße 👍🏽 — मूत्र'
    expect(sha256Hex(text)).toBe(sha256Hex(new TextEncoder().encode(text)))
  })

  it('matches the corpus manifest for a Wikinews file', () => {
    const dir = new URL('../../../../shared/corpus/wikinews/', import.meta.url)
    const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as {
      file: string
      sha256: string
    }[]
    const entry = manifest.find((m) => m.file.startsWith('08-'))
    expect(entry).toBeDefined()
    const bytes = new Uint8Array(readFileSync(new URL(entry?.file ?? '', dir)))
    expect(sha256Hex(bytes)).toBe(entry?.sha256)
  })
})
