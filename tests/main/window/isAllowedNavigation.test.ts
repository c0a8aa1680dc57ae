import { describe, expect, it } from 'vitest'
import { isAllowedNavigation, isExternalWebUrl } from '../../../src/main/window/isAllowedNavigation'

describe('isAllowedNavigation', () => {
  it('allows pages of the app origin', () => {
    expect(isAllowedNavigation('app://newscoder/index.html')).toBe(true)
    expect(isAllowedNavigation('app://newscoder/index.html#/settings')).toBe(true)
  })

  it.each([
    'https://example.org/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://newscoder.evil.example/',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'about:blank',
    'not a url',
  ])('blocks %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false)
  })

  it('allows the dev server origin only when it is configured', () => {
    expect(isAllowedNavigation('http://localhost:5173/x', 'http://localhost:5173')).toBe(true)
    expect(isAllowedNavigation('http://localhost:5174/x', 'http://localhost:5173')).toBe(false)
  })
})

describe('isExternalWebUrl', () => {
  it('accepts only http and https links for the system browser', () => {
    expect(isExternalWebUrl('https://example.org/a')).toBe(true)
    expect(isExternalWebUrl('http://example.org/a')).toBe(true)
    expect(isExternalWebUrl('file:///etc/passwd')).toBe(false)
    expect(isExternalWebUrl('javascript:alert(1)')).toBe(false)
    expect(isExternalWebUrl('smb://share/x')).toBe(false)
  })
})
