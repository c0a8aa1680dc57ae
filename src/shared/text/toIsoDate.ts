const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** `YYYY-MM-DD` when the parts form a real calendar date, else null. */
function ymd(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= days ? `${year}-${pad(month)}-${pad(day)}` : null
}

function monthNumber(name: string): number | undefined {
  return MONTHS[name.slice(0, 3).toLowerCase()]
}

/**
 * Reads a publication date as written in news files and returns it as ISO `YYYY-MM-DD` (or
 * `YYYY-MM` / `YYYY` when only that is given), or null when it cannot be read unambiguously.
 * Understood: ISO dates and timestamps ("2019-01-04", "2019-01-04T10:00:00Z" — the date as
 * written, not shifted to UTC), "2019/01/04", "January 4, 2019", "4 January 2019", with or
 * without a weekday ("Friday, January 4, 2019", "Fri, 04 Jan 2019 10:00:00 GMT"), "January 2019"
 * and "2019". Numeric day/month orders other than year first (04/01/2019) are ambiguous between
 * countries and give null.
 */
export function toIsoDate(value: string): string | null {
  const s = value.trim().replace(/\s+/g, ' ')
  let m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s)
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /^(\d{4})-(\d{2})$/.exec(s)
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}-${m[2]}` : null
  if (/^\d{4}$/.test(s)) return s
  // Drop a leading weekday ("Friday, " / "Fri, ") and a trailing time or zone.
  const t = s
    .replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? /i, '')
    .replace(/,? \d{1,2}:\d{2}(?::\d{2})?.*$/, '')
  m = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i.exec(t)
  if (m) {
    const month = monthNumber(m[1] as string)
    return month === undefined ? null : ymd(Number(m[3]), month, Number(m[2]))
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?\.? ([a-z]+)\.?,? (\d{4})$/i.exec(t)
  if (m) {
    const month = monthNumber(m[2] as string)
    return month === undefined ? null : ymd(Number(m[3]), month, Number(m[1]))
  }
  m = /^([a-z]+) (\d{4})$/i.exec(t)
  if (m) {
    const month = monthNumber(m[1] as string)
    return month === undefined ? null : `${m[2]}-${pad(month)}`
  }
  return null
}
