import { render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { ImportReportDialog } from '../../../../src/renderer/features/import/ImportReportDialog'
import { startImport } from '../../../../src/renderer/features/import/importRun'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAppState } from '../shell/resetAppState'

// A parser that fails through the app's fault (as pdf.js did when its worker could not start).
vi.mock('../../../../src/shared/import/parseFile', () => ({
  parseFile: async (file: { name: string }) => ({
    ok: false,
    error: `“${file.name}” was not imported: the app’s PDF reader failed (no worker).`,
    detail: 'Error: no worker\n    at loadBrowserPdfjs',
  }),
}))

describe('an import that fails through the app’s fault', () => {
  beforeEach(resetAppState)
  afterEach(() => vi.restoreAllMocks())

  it('tells the user and logs the cause to the developer console', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const project = await createProject('Imports')
    useSession.getState().openProject(project.id)
    const bytes = new Uint8Array([1, 2, 3])
    await startImport(project.id, [{ name: 'report.pdf', size: 3, bytes }])

    render(<ImportReportDialog />)
    expect(screen.getByRole('dialog', { name: 'Import summary' }).textContent).toContain(
      '“report.pdf” was not imported: the app’s PDF reader failed (no worker).',
    )
    expect(logged).toHaveBeenCalledWith(
      'Import of report.pdf failed:',
      'Error: no worker\n    at loadBrowserPdfjs',
    )
  })
})
