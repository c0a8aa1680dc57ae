import type { ZipInputFile } from 'fflate'
import { Gzip, Zip } from 'fflate'
import { gzipMemberReader } from './gzipMember'

/**
 * A gzip compressor (RFC 1952) of one zip entry, fed chunk by chunk. Each call resolves with the
 * compressed bytes that are ready so far; `finish` flushes the rest. Gzip rather than raw deflate
 * because its trailer carries the CRC-32 a zip entry needs, computed by the compressor (natively,
 * for CompressionStream) instead of in JavaScript. Injected so that callers with a native
 * compressor (CompressionStream in Chromium and Node) use it, while the pure default below keeps
 * tests and other callers free of platform APIs.
 */
export type GzipCompressor = {
  push(chunk: Uint8Array): Promise<Uint8Array[]>
  finish(): Promise<Uint8Array[]>
}

/** Makes a fresh `GzipCompressor` for each zip entry. */
export type GzipFactory = () => GzipCompressor

/**
 * Returns a factory of fflate's pure-JavaScript gzip compressors at `level` (1 fastest … 9
 * smallest). Level 2 was fflate's fastest on export CSV here (its level 1 is slower, unlike zlib).
 */
export function fflateGzip(level: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 2): GzipFactory {
  return () => {
    let out: Uint8Array[] = []
    const gzip = new Gzip({ level }, (chunk) => out.push(chunk))
    const take = (): Uint8Array[] => {
      const ready = out
      out = []
      return ready
    }
    return {
      push: (chunk) => {
        gzip.push(chunk, false)
        return Promise.resolve(take())
      },
      finish: () => {
        gzip.push(new Uint8Array(0), true)
        return Promise.resolve(take())
      },
    }
  }
}

/** One entry of a zip being written: feed its uncompressed bytes, then close it. */
export type ZipEntryWriter = {
  write(bytes: Uint8Array): Promise<void>
  close(): Promise<void>
}

/** A zip being written entry by entry; `finish` returns the whole archive. */
export type ZipWriter = {
  /** Adds an entry; entries appear in the archive in the order they were added. */
  entry(name: string): ZipEntryWriter
  /** Closes the archive (every entry must be closed) and returns its bytes. */
  finish(): Uint8Array<ArrayBuffer>
}

/**
 * Returns a streaming zip writer: each entry's bytes are compressed as they are written, so only
 * the compressed archive is held, never a whole file's uncompressed text. Entries use data
 * descriptors (sizes and CRC-32 after the data), which every unzip tool and fflate read.
 */
export function createZipWriter(gzip: GzipFactory = fflateGzip()): ZipWriter {
  const parts: Uint8Array[] = []
  let size = 0
  let failure: Error | null = null
  let done = false
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error
    else {
      parts.push(chunk)
      size += chunk.length
      done = final
    }
  })
  const check = (): void => {
    if (failure) throw failure
  }
  return {
    entry(name) {
      // A zip entry fed by hand (fflate's ZipInputFile): deflate data from the gzip member,
      // CRC-32 and size from its trailer, all set before the final chunk as fflate requires.
      const file: ZipInputFile = { filename: name, size: 0, crc: 0, compression: 8 }
      zip.add(file)
      const emit = (chunk: Uint8Array, final: boolean): void =>
        file.ondata?.(null, chunk as Uint8Array<ArrayBuffer>, final)
      const member = gzipMemberReader()
      const compressor = gzip()
      let size = 0
      // One write compresses while the caller prepares the next (a native compressor works off
      // the main thread in Node); each waits for the one before, so output stays in order and
      // at most one batch is in flight.
      let inflight: Promise<void> = Promise.resolve()
      const forward = (out: Uint8Array[]): void => {
        for (const chunk of out) for (const data of member.feed(chunk)) emit(data, false)
      }
      return {
        async write(bytes) {
          if (bytes.length === 0) return
          await inflight
          check()
          size += bytes.length
          inflight = compressor.push(bytes).then(forward)
        },
        async close() {
          await inflight
          forward(await compressor.finish())
          const trailer = member.end()
          if (trailer.size !== size % 2 ** 32) throw new Error('The compressor lost data.')
          file.crc = trailer.crc
          file.size = size
          emit(new Uint8Array(0), true)
          check()
        },
      }
    },
    finish() {
      zip.end()
      check()
      if (!done) throw new Error('A zip entry was not closed before the archive was finished.')
      const result = new Uint8Array(size)
      let offset = 0
      for (const part of parts) {
        result.set(part, offset)
        offset += part.length
      }
      parts.length = 0
      return result
    },
  }
}
