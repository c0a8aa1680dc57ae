import { gunzipSync, strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { createZipWriter } from '../../../src/shared/zip/zipWriter'
import { createGzipSession } from '../../../src/renderer/workers/gzipWorkerCore'

const bytes = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>
const concat = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

describe('the gzip worker’s session', () => {
  it('compresses chunk after chunk into one gzip member of all of them', () => {
    const session = createGzipSession()
    const chunks = ['id,text\r\n', 'a1,"Lead says 👍🏽"\r\n'.repeat(2000), 'a2,end\r\n']
    const out: Uint8Array[] = []
    chunks.forEach((chunk, id) => {
      const reply = session({ id, chunk: bytes(chunk), final: false })
      expect(reply.id).toBe(id)
      if ('out' in reply) out.push(...reply.out)
    })
    const last = session({ id: 3, chunk: new Uint8Array(0), final: true })
    if (!('out' in last)) throw new Error(last.error)
    out.push(...last.out)
    expect(strFromU8(gunzipSync(concat(out)))).toBe(chunks.join(''))
  })

  it('answers with an error instead of throwing when pushed after the end', () => {
    const session = createGzipSession()
    session({ id: 0, chunk: new Uint8Array(0), final: true })
    const reply = session({ id: 1, chunk: bytes('late'), final: false })
    expect(reply.id).toBe(1)
    expect('error' in reply).toBe(true)
  })

  it('feeds a zip entry that unzips to what was written', async () => {
    // The worker's protocol without the worker: each push answers with that chunk's output.
    const factory = () => {
      const session = createGzipSession()
      let id = 0
      const send = (chunk: Uint8Array, final: boolean) => {
        const reply = session({ id: id++, chunk: chunk as Uint8Array<ArrayBuffer>, final })
        return Promise.resolve('out' in reply ? reply.out : [])
      }
      return {
        push: (c: Uint8Array) => send(c, false),
        finish: () => send(new Uint8Array(0), true),
      }
    }
    const zip = createZipWriter(factory)
    const entry = zip.entry('export/annotations.csv')
    await entry.write(bytes('id,text\r\n'))
    await entry.write(bytes('a1,x\r\n'.repeat(5000)))
    await entry.close()
    const files = unzipSync(zip.finish())
    expect(strFromU8(files['export/annotations.csv']!)).toBe(
      `id,text\r\n${'a1,x\r\n'.repeat(5000)}`,
    )
  })
})
