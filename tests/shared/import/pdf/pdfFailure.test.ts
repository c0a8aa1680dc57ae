import { describe, expect, it } from 'vitest'
import { parseFile } from '../../../../src/shared/import/parseFile'
import type { PdfjsLike } from '../../../../src/shared/import/pdf/parsePdfFile'
import { input, makePdf } from '../makeFixtures'

/** An error as pdf.js passes it from its worker: an Error with pdf.js's exception name. */
const pdfjsError = (name: string, message: string) => Object.assign(new Error(message), { name })

/** A pdf.js whose `getDocument` fails with `error`. */
const failingPdfjs = (error: unknown) => async (): Promise<PdfjsLike> => ({
  getDocument: () => ({ promise: Promise.reject(error) }),
})

describe('a PDF that cannot be read', () => {
  const pdf = () => input('report.pdf', makePdf([['Some text']]))

  it('is called damaged when pdf.js finds no valid structure, in pdf.js’s words', async () => {
    const outcome = await parseFile(input('cut.pdf', '%PDF-1.7\n1 0 obj garbage'))
    expect(outcome).toEqual({
      ok: false,
      error: '“cut.pdf” cannot be read as a PDF: it is damaged (pdf.js: Invalid PDF structure).',
    })
  })

  it('is called damaged when pdf.js’s parser fails on the file', async () => {
    const error = pdfjsError('UnknownErrorException', 'Bad FCHECK in flate stream: 120, 239')
    expect(await parseFile(pdf(), { pdfjs: failingPdfjs(error) })).toEqual({
      ok: false,
      error:
        '“report.pdf” cannot be read as a PDF: it is damaged (pdf.js: Bad FCHECK in flate stream: 120, 239).',
    })
  })

  it('is called password-protected only when pdf.js asks for a password', async () => {
    const error = pdfjsError('PasswordException', 'No password given')
    expect(await parseFile(pdf(), { pdfjs: failingPdfjs(error) })).toEqual({
      ok: false,
      error: '“report.pdf” is password-protected and cannot be read.',
    })
  })

  it('is reported as the app’s fault, with the cause for developers, when pdf.js cannot start', async () => {
    const noWorker = new Error('The pdf.js worker did not start: its script could not be loaded')
    const outcome = await parseFile(pdf(), { pdfjs: () => Promise.reject(noWorker) })
    expect(outcome).toEqual({
      ok: false,
      error:
        '“report.pdf” was not imported: the app’s PDF reader failed (The pdf.js worker did not start: its script could not be loaded). The file may be fine; this is a fault in Newscoder, and the details are in the developer console.',
      detail: noWorker.stack,
    })
  })

  it('is reported as the app’s fault when pdf.js fails outside the file (no worker set up)', async () => {
    const error = new Error(
      'Setting up fake worker failed: "No "GlobalWorkerOptions.workerSrc" specified.".',
    )
    const outcome = await parseFile(pdf(), { pdfjs: failingPdfjs(error) })
    expect(outcome).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^“report\.pdf” was not imported: the app’s PDF reader failed \(Setting up fake worker failed/,
      ),
      detail: expect.stringContaining('Setting up fake worker failed'),
    })
    expect(outcome.ok === false && outcome.error).not.toMatch(/damaged|password/)
  })
})
