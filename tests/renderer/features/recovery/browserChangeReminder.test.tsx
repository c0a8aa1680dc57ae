import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { setJournalSink } from '../../../../src/renderer/db/journalMiddleware'
import { NoticeArea } from '../../../../src/renderer/features/notices/NoticeArea'
import { startBrowserChangeReminder } from '../../../../src/renderer/features/recovery/browserChangeReminder'
import { platform } from '../../../../src/renderer/platform/platform'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAll } from '../../helpers/resetDb'

describe('the browser-mode backup reminder', () => {
  beforeEach(resetAll)
  afterEach(() => {
    setJournalSink(null)
    vi.restoreAllMocks()
  })

  it('offers to download a backup of the open project, and stays until used', async () => {
    const project = await createProject('Border coverage')
    act(() => useSession.getState().openProject(project.id))
    const save = vi.spyOn(platform, 'saveFile').mockResolvedValue(true)
    startBrowserChangeReminder(2)
    render(<NoticeArea />)
    await createProject('Another') // 3 changes: project, codebook, its history
    const notices = screen.getByRole('status', { name: 'Notifications' })
    const button = await within(notices).findByRole('button', { name: 'Back up project' })
    fireEvent.click(button)
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1))
    expect(save.mock.calls[0]?.[0]).toMatchObject({
      defaultName: expect.stringMatching(/^Border coverage \d{4}-\d{2}-\d{2}\.newscoder$/),
      extensions: ['newscoder'],
    })
    expect(await within(notices).findByText('The project backup was saved.')).toBeTruthy()
  })

  it('only reminds, without a button, when no project is open', async () => {
    startBrowserChangeReminder(2)
    render(<NoticeArea />)
    await createProject('One')
    await waitFor(() => expect(useSession.getState().notices).toHaveLength(1))
    expect(screen.queryByRole('button', { name: 'Back up project' })).toBeNull()
  })
})
