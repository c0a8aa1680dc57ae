import { describe, expect, it } from 'vitest'
import { MAX_IMPORT_FILE_BYTES } from '../../../src/shared/ipc/contract'
import {
  PASTED_TEXT_FALLBACK_TITLE,
  preparePastedText,
} from '../../../src/shared/import/preparePastedText'

describe('preparePastedText', () => {
  it('normalises the text and keeps the given title', () => {
    expect(preparePastedText('  My   title\n', 'Para one\nwrapped\n\n\nPara two')).toEqual({
      ok: true,
      article: { title: 'My title', text: 'My title\n\nPara one wrapped\n\nPara two' },
    })
  })

  it('takes the first paragraph as title when none is given', () => {
    const result = preparePastedText('', 'Headline\n\nBody')
    expect(result).toEqual({ ok: true, article: { title: 'Headline', text: 'Headline\n\nBody' } })
  })

  it('falls back to a generic title when the first paragraph is too long', () => {
    const result = preparePastedText(' ', `${'x'.repeat(400)}\n\nBody`)
    expect(result.ok && result.article.title).toBe(PASTED_TEXT_FALLBACK_TITLE)
  })

  it('returns the empty error marker for a paste of only whitespace', () => {
    expect(preparePastedText('Title', ' \n\u00a0\t\r\n')).toEqual({ ok: false, error: '' })
  })

  it('refuses a paste larger than the import limit and names the limit', () => {
    const raw = 'é'.repeat(MAX_IMPORT_FILE_BYTES / 2 + 10)
    const result = preparePastedText('', raw)
    expect(result).toEqual({
      ok: false,
      error: 'The pasted text is just over 20 MB; the limit is 20 MB.',
    })
  })
})

describe('a pasted text with a title', () => {
  it('starts with the title as its headline paragraph', () => {
    const result = preparePastedText('Mayor stabbed', 'The mayor was stabbed on stage.')
    expect(result).toEqual({
      ok: true,
      article: { title: 'Mayor stabbed', text: 'Mayor stabbed\n\nThe mayor was stabbed on stage.' },
    })
  })

  it('does not repeat a headline the text already starts with', () => {
    const result = preparePastedText('Mayor stabbed', 'Mayor stabbed\n\nBody.')
    expect(result.ok && result.article.text).toBe('Mayor stabbed\n\nBody.')
  })
})
