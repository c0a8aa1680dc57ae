const MIB = 1024 * 1024

/**
 * Returns a byte count in megabytes (MiB, the unit `MAX_IMPORT_FILE_BYTES` is set in) rounded to
 * one decimal, without a trailing ".0": "25.3", "20".
 */
export function formatMegabytes(bytes: number): string {
  const mb = Math.round((bytes / MIB) * 10) / 10
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1)
}

/**
 * Returns the sentence refusing something too large, e.g. "“x.txt” is 25.3 MB; the limit is
 * 20 MB." (`subject` is already quoted as it should appear). A size that rounds to the limit
 * reads "just over 20 MB", so the message never claims a size equal to the limit.
 */
export function sizeLimitMessage(subject: string, bytes: number, limit: number): string {
  const size = formatMegabytes(bytes)
  const max = formatMegabytes(limit)
  return `${subject} is ${size === max ? `just over ${max}` : size} MB; the limit is ${max} MB.`
}
