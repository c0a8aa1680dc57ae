import { describe, expect, it } from 'vitest'
import { MAX_SLUG_LENGTH, fileSlug } from '../../../src/shared/export/fileSlug'

describe('fileSlug', () => {
  it('lower-cases and joins words with dashes', () => {
    expect(fileSlug('Immigration Coverage: 2024 (pilot)')).toBe('immigration-coverage-2024-pilot')
  })

  it('removes accents but keeps letters of other scripts', () => {
    expect(fileSlug('Élection présidentielle')).toBe('election-presidentielle')
    expect(fileSlug('समाचार अध्ययन')).toBe('समचर-अधययन')
  })

  it('strips path separators and other characters file systems reject', () => {
    expect(fileSlug('../a/b\\c:*?"<>|')).toBe('a-b-c')
  })

  it('falls back when nothing usable is left and caps the length', () => {
    expect(fileSlug('***')).toBe('project')
    expect(fileSlug('x'.repeat(200))).toHaveLength(MAX_SLUG_LENGTH)
  })
})
