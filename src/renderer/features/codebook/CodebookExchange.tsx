import { useState } from 'react'
import type { Codebook } from '../../../shared/domain/codebook'
import type { CodebookChange } from '../../../shared/codebook/codebookChange'
import { platform } from '../../platform/platform'
import { errorMessage } from '../shell/errorMessage'
import { saveCodebookHtml, saveCodebookJson, saveCodebookQdc } from './codebookFiles'
import type { PendingImport } from './ImportConfirmDialog'
import { ImportConfirmDialog } from './ImportConfirmDialog'
import { readCodebookFile } from './readCodebookFile'

type Props = {
  codebook: Codebook
  projectName: string
  edit: (change: CodebookChange) => Promise<boolean>
  /** Shows a message in the editor; `failed` marks a refusal or error. */
  report: (message: string, failed?: boolean) => void
}

type Format = 'json' | 'qdc'

const SAVED: Record<Format | 'html', string> = {
  json: 'Codebook exported as JSON.',
  qdc: 'Codebook exported as REFI-QDA (.qdc).',
  html: 'Printable codebook saved (HTML): open it in a browser and print.',
}

/**
 * Export / Import codebook (JSON), Export / Import .qdc (REFI-QDA) and Print codebook. An
 * import is checked first (a bad file is refused with its reason and changes nothing) and
 * replaces this project's codebook, as a new version, only after confirmation.
 */
export function CodebookExchange({ codebook, projectName, edit, report }: Props) {
  const [pending, setPending] = useState<PendingImport | null>(null)

  const save = (what: Format | 'html') => {
    const run =
      what === 'json' ? saveCodebookJson : what === 'qdc' ? saveCodebookQdc : saveCodebookHtml
    run(codebook, projectName).then(
      (saved) => saved && report(SAVED[what]),
      (error) => report(errorMessage(error), true),
    )
  }

  // Through the platform: a native open dialog in the desktop app, a file picker in the browser.
  const importFile = async (format: Format) => {
    try {
      const [file] = await platform.openFiles(
        format === 'json'
          ? { title: 'Import codebook', filterName: 'Codebook (JSON)', extensions: ['json'] }
          : { title: 'Import .qdc', filterName: 'REFI-QDA codebook', extensions: ['qdc', 'xml'] },
      )
      if (file) setPending(readCodebookFile(file, format))
    } catch (error) {
      report(errorMessage(error), true)
    }
  }

  return (
    <div className="button-group" role="group" aria-label="Codebook files">
      <button type="button" onClick={() => save('json')}>
        Export codebook (JSON)
      </button>
      <button type="button" onClick={() => void importFile('json')}>
        Import codebook (JSON)
      </button>
      <button type="button" onClick={() => save('qdc')}>
        Export .qdc
      </button>
      <button type="button" onClick={() => void importFile('qdc')}>
        Import .qdc
      </button>
      <button type="button" onClick={() => save('html')}>
        Print codebook
      </button>
      {pending && (
        <ImportConfirmDialog
          pending={pending}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            setPending(null)
            void edit({
              kind: 'replace',
              dimensions: pending.dimensions,
              note: pending.note,
              ...(pending.name ? { name: pending.name } : {}),
            })
          }}
        />
      )}
    </div>
  )
}
