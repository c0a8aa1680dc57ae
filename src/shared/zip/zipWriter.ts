import { Deflate, Zip, ZipPassThrough } from 'fflate'

/**
 * Raw DEFLATE (no zlib header, as zip entries hold it) of one entry, fed chunk by chunk. Each call
 * resolves with the compressed bytes that are ready so far; `finish` flushes the rest. Injected so
 * that callers on a platform with a native compressor (CompressionStream in Chromium and Node)
 * can use it, while the pure default below keeps tests and other callers free of platform APIs.
 */
export type RawDeflate = {
  push(chunk: Uint8Array): Promise<Uint8Array[]>
  finish(): Promise<Uint8Array[]>
}

/** Makes a fresh `RawDeflate` for each zip entry. */
export type RawDeflateFactory = () => RawDeflate

/**
 * Returns a factory of fflate's pure-JavaScript deflaters at `level` (1 fastest … 9 smallest).
 * Level 2 was fflate's fastest on export CSV here (level 1 is slower in fflate, unlike zlib).
 */
export function fflateRawDeflate(level: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 2): RawDeflateFactory {
  return () => {
    let out: Uint8Array[] = []
    const deflate = new Deflate({ level }, (chunk) => out.push(chunk))
    const take = (): Uint8Array[] => {
      const ready = out
      out = []
      return ready
    }
    return {
      push: (chunk) => {
        deflate.push(chunk, false)
        return Promise.resolve(take())
      },
      finish: () => {
        deflate.push(new Uint8Array(0), true)
        return Promise.resolve(take())
      },
    }
  }
}

// fflate's documented way to add an entry compressed by something else: extend ZipPassThrough
// (which keeps the CRC-32 and size of the uncompressed bytes) and hand it the compressed data.
class DeflatedEntry extends ZipPassThrough {
  constructor(name: string) {
    super(name)
    this.compression = 8
  }

  protected override process(): void {
    // The compressed bytes come from the RawDeflate, through emit().
  }

  emit(chunk: Uint8Array, final: boolean): void {
    this.ondata(null, chunk as Uint8Array<ArrayBuffer>, final)
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
export function createZipWriter(deflate: RawDeflateFactory = fflateRawDeflate()): ZipWriter {
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
      const file = new DeflatedEntry(name)
      zip.add(file)
      const deflater = deflate()
      return {
        async write(bytes) {
          if (bytes.length === 0) return
          file.push(bytes, false)
          for (const out of await deflater.push(bytes)) file.emit(out, false)
          check()
        },
        async close() {
          file.push(new Uint8Array(0), true) // fixes the CRC-32 and size
          const rest = await deflater.finish()
          rest.forEach((out, i) => file.emit(out, i === rest.length - 1))
          if (rest.length === 0) file.emit(new Uint8Array(0), true)
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
