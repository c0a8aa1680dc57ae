import type { GzipCompressor, GzipFactory } from '../../shared/zip/zipWriter'

/**
 * Gzip through the platform's CompressionStream (Chromium 80+, Node 18+), which runs zlib
 * natively at its default level (6) and computes the CRC-32 a zip entry needs: several times
 * faster than fflate's JavaScript deflater at level 2, and smaller. See
 * docs/adr/0009-streaming-export.md.
 */
export const nativeGzip: GzipFactory = (): GzipCompressor => {
  const stream = new CompressionStream('gzip')
  const writer = stream.writable.getWriter()
  const reader = stream.readable.getReader()
  let ready: Uint8Array[] = []
  // Read continuously, so the stream never stalls on a full queue while a write waits.
  const drained = (async () => {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      ready.push(value)
    }
  })()
  const take = (): Uint8Array[] => {
    const out = ready
    ready = []
    return out
  }
  return {
    async push(chunk) {
      await writer.write(chunk as Uint8Array<ArrayBuffer>)
      return take()
    },
    async finish() {
      await writer.close()
      await drained
      return take()
    },
  }
}
