import { describe, expect, it } from 'vitest'
import { isoTime } from '../../../src/shared/export/isoTime'

describe('isoTime', () => {
  it('writes the same text as Date#toISOString for many timestamps', () => {
    const cache = new Map<number, string>()
    const samples = [0, 1, 999, 86_399_999, 86_400_000, Date.UTC(2024, 1, 29, 23, 59, 59, 7)]
    for (let i = 0; i < 500; i += 1) samples.push(Math.floor((i * 7_919_113_177) % 4e12) - 1e12)
    for (const ms of samples) expect(isoTime(ms, cache)).toBe(new Date(ms).toISOString())
  })

  it('matches toISOString for fractional, negative and six-digit-year timestamps', () => {
    for (const ms of [1.7, -1.5, -62_167_219_200_001, 253_402_300_800_000, 8.64e15]) {
      expect(isoTime(ms)).toBe(new Date(ms).toISOString())
    }
  })

  it('exports a value no Date can hold as the number itself', () => {
    expect(isoTime(Number.NaN)).toBe('NaN')
    expect(isoTime(9e15)).toBe('9000000000000000')
  })
})
