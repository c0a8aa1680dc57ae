import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { OverlayHost } from '../../../../src/renderer/features/shell/OverlayHost'
import { platform } from '../../../../src/renderer/platform/platform'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAppState } from '../shell/resetAppState'

vi.mock('../../../../src/renderer/platform/platform', () => ({
  platform: {
    kind: 'browser',
    saveFile: vi.fn(async () => true),
    saveFilesToFolder: vi.fn(async (r: { files: { name: string }[] }) =>
      r.files.map((f) => f.name),
    ),
    defaultCoderName: vi.fn(async () => 'Coder 1'),
    openExternal: vi.fn(async () => undefined),
    onMenuCommand: vi.fn(() => () => undefined),
  },
}))

const saveFile = vi.mocked(platform.saveFile)
const saveFilesToFolder = vi.mocked(platform.saveFilesToFolder)

async function openExportDialog() {
  const project = await createProject('Export study')
  useSession.getState().openProject(project.id)
  useSession.getState().setOverlay('export')
  render(<OverlayHost />)
  return project
}

describe('Export dialog', () => {
  beforeEach(async () => {
    await resetAppState()
    saveFile.mockClear()
    saveFile.mockResolvedValue(true)
    saveFilesToFolder.mockClear()
  })

  it('saves individual CSV files through one folder choice, not one save dialog per table', async () => {
    await openExportDialog()
    fireEvent.click(screen.getByRole('radio', { name: 'CSV files (individual)' }))
    fireEvent.click(screen.getByRole('button', { name: 'Export files' }))

    await waitFor(() => expect(saveFilesToFolder).toHaveBeenCalledTimes(1))
    const { files } = saveFilesToFolder.mock.calls[0]![0]
    expect(files.map((f) => f.name.replace(/^.*\d-/, ''))).toEqual([
      'annotations.csv',
      'documents.csv',
      'speakers.csv',
      'codebook.csv',
    ])
    expect(saveFile).not.toHaveBeenCalled()
    await waitFor(() => expect(useSession.getState().overlay).toBeNull())
    expect(useSession.getState().notices.at(-1)?.text).toMatch(
      /^Exported 4 tables to .+codebook\.csv$/,
    )
  })

  it('stays open when the folder choice is canceled', async () => {
    saveFilesToFolder.mockResolvedValueOnce(null)
    await openExportDialog()
    fireEvent.click(screen.getByRole('radio', { name: 'CSV files (individual)' }))
    fireEvent.click(screen.getByRole('button', { name: 'Export files' }))

    await waitFor(() => expect(saveFilesToFolder).toHaveBeenCalledTimes(1))
    expect(useSession.getState().overlay).toBe('export')
  })

  it('saves the analysis profile as plain UTF-8 CSV without a byte-order mark', async () => {
    await openExportDialog()
    fireEvent.click(screen.getByRole('radio', { name: 'Analysis (R, pandas, SPSS)' }))
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }))

    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1))
    const request = saveFile.mock.calls[0]![0]
    expect(request).toMatchObject({ filterName: 'CSV', extensions: ['csv'] })
    expect(request.defaultName).toMatch(/\.csv$/)
    expect(String(request.content).startsWith('\uFEFF')).toBe(false)
    await waitFor(() => expect(useSession.getState().overlay).toBeNull())
    expect(useSession.getState().notices.at(-1)?.text).toMatch(
      /^Exported 0 annotations to .+\.csv$/,
    )
  })

  it('saves the spreadsheet profile with a byte-order mark for Excel', async () => {
    await openExportDialog()
    fireEvent.click(screen.getByRole('radio', { name: 'Spreadsheet (Excel, LibreOffice)' }))
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }))

    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1))
    expect(String(saveFile.mock.calls[0]![0].content).startsWith('\uFEFF')).toBe(true)
  })

  it('stays open without a notice when the save dialog is canceled', async () => {
    saveFile.mockResolvedValue(false)
    await openExportDialog()
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }))

    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1))
    expect(useSession.getState().overlay).toBe('export')
    expect(useSession.getState().notices).toEqual([])
  })

  it('shows the reason when saving fails', async () => {
    saveFile.mockRejectedValue(new Error('Disk full'))
    await openExportDialog()
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }))

    expect((await screen.findByRole('alert')).textContent).toBe('The export failed: Disk full')
  })
})
