const DAY_MS = 86_400_000

/** Latest timestamp a JavaScript Date can hold (±100,000,000 days from the epoch). */
const MAX_DATE_MS = 8.64e15

/** Years 0000–9999, outside which `toISOString` writes six-digit signed years. */
const FOUR_DIGIT_YEARS = { from: -62_167_219_200_000, to: 253_402_300_800_000 }

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

/**
 * Returns a millisecond timestamp as ISO 8601 UTC, exactly as `Date#toISOString` writes it
 * ("2024-05-17T09:30:00.000Z"), or the number as text when no Date can hold it (a corrupt value
 * is exported, never dropped). Faster than `toISOString` for many timestamps: the date part is
 * cached per day and the time part is arithmetic, which matters for 200,000 cells per export.
 */
export function isoTime(ms: number, dayCache: Map<number, string> = new Map()): string {
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_DATE_MS) return String(ms)
  // Date truncates fractional milliseconds toward zero.
  const whole = Math.trunc(ms)
  if (whole < FOUR_DIGIT_YEARS.from || whole >= FOUR_DIGIT_YEARS.to) {
    return new Date(whole).toISOString()
  }
  const day = Math.floor(whole / DAY_MS)
  let date = dayCache.get(day)
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 11)
    dayCache.set(day, date)
  }
  const t = whole - day * DAY_MS
  const h = Math.floor(t / 3_600_000)
  const m = Math.floor((t % 3_600_000) / 60_000)
  const s = Math.floor((t % 60_000) / 1000)
  return `${date}${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}.${pad(t % 1000, 3)}Z`
}
