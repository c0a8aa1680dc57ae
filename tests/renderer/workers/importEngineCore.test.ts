import { beforeEach, describe, expect, it } from 'vitest'
import { createImportEngineCore } from '../../../src/renderer/workers/importEngineCore'
import type { EngineEvent } from '../../../src/renderer/workers/importProtocol'
import { makePdf } from '../../shared/import/makeFixtures'
import { resetAppState } from '../features/shell/resetAppState'

async function parse(pdfjs: Parameters<typeof createImportEngineCore>[1]): Promise<EngineEvent[]> {
  const events: EngineEvent[] = []
  const handle = createImportEngineCore((event) => events.push(event), pdfjs)
  const bytes = makePdf([['Port strike ends']])
  await handle({
    type: 'parse',
    runId: 1,
    projectId: 'p1',
    files: [{ name: 'strike.pdf', size: bytes.length, bytes }],
  })
  return events
}

describe('the import engine', () => {
  beforeEach(resetAppState)

  it('reads PDFs in-process with pdf.js’s Node build when given no loader', async () => {
    const events = await parse(undefined)
    expect(events.find((e) => e.type === 'file-articles')).toMatchObject({
      prepared: [{ article: { title: 'Port strike ends' } }],
    })
  })

  it('passes on the cause of a failure that is its own fault, for the developer console', async () => {
    const broken = new Error('The pdf.js worker did not start: its script could not be loaded')
    const events = await parse(() => Promise.reject(broken))
    expect(events.find((e) => e.type === 'file-failed')).toEqual({
      type: 'file-failed',
      runId: 1,
      index: 0,
      name: 'strike.pdf',
      error: expect.stringContaining('the app’s PDF reader failed'),
      detail: broken.stack,
    })
  })
})
