/** The trailer of a gzip member: CRC-32 and length (mod 2^32) of the uncompressed data. */
export type GzipTrailer = { crc: number; size: number }

/** Splits a gzip member, fed chunk by chunk, into its raw deflate data and its trailer. */
export type GzipMemberReader = {
  /** Returns the deflate data in `chunk` (less the header, holding back a possible trailer). */
  feed(chunk: Uint8Array): Uint8Array[]
  /** Returns the trailer once the whole member was fed. */
  end(): GzipTrailer
}

const HEADER = 10
const TRAILER = 8

/**
 * Returns a reader of one gzip member (RFC 1952) as zlib, CompressionStream and fflate write it:
 * a 10-byte header without optional fields, deflate data, then CRC-32 and size. A zip entry holds
 * the same deflate data and CRC-32, so a gzip compressor gives both without a CRC in JavaScript.
 */
export function gzipMemberReader(): GzipMemberReader {
  const header = new Uint8Array(HEADER)
  let headerSeen = 0
  let held = new Uint8Array(0) // the last bytes seen, which may be the trailer

  return {
    feed(chunk) {
      let data = chunk
      if (headerSeen < HEADER) {
        const take = Math.min(HEADER - headerSeen, data.length)
        header.set(data.subarray(0, take), headerSeen)
        headerSeen += take
        data = data.subarray(take)
        if (
          headerSeen === HEADER &&
          (header[0] !== 0x1f || header[1] !== 0x8b || header[3] !== 0)
        ) {
          throw new Error('The compressor did not write a plain gzip header.')
        }
      }
      if (data.length === 0) return []
      if (data.length >= TRAILER) {
        const out = [held, data.subarray(0, data.length - TRAILER)]
        held = data.slice(data.length - TRAILER)
        return out.filter((part) => part.length > 0)
      }
      const all = new Uint8Array(held.length + data.length)
      all.set(held)
      all.set(data, held.length)
      const keep = Math.min(TRAILER, all.length)
      held = all.slice(all.length - keep)
      return all.length > keep ? [all.subarray(0, all.length - keep)] : []
    },
    end() {
      if (headerSeen < HEADER || held.length < TRAILER) {
        throw new Error('The compressor ended before its gzip trailer.')
      }
      const view = new DataView(held.buffer, held.byteOffset, TRAILER)
      return { crc: view.getUint32(0, true), size: view.getUint32(4, true) }
    },
  }
}
