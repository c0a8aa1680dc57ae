import { useRef, useState } from 'react'
import type { Codebook } from '../../../shared/domain/codebook'
import type { CodebookChange } from '../../../shared/codebook/codebookChange'
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
  const inputs = { json: useRef<HTMLInputElement>(null), qdc: useRef<HTMLInputElement>(null) }
  const [pending, setPending] = useState<PendingImport | null>(null)

  const save = (what: Format | 'html') => {
    const run =
      what === 'json' ? saveCodebookJson : what === 'qdc' ? saveCodebookQdc : saveCodebookHtml
    run(codebook, projectName).then(
      (saved) => saved && report(SAVED[what]),
      (error) => report(errorMessage(error), true),
    )
  }

  // A plain file input works in the browser and in Electron alike; the file is read here only.
  const fileInput = (format: Format) => (
    <input
      ref={inputs[format]}
      type="file"
      accept={format === 'json' ? '.json,application/json' : '.qdc,application/xml,text/xml'}
      hidden
      aria-label={format === 'json' ? 'Codebook JSON file' : 'REFI-QDA codebook file'}
      onChange={(e) => {
        const file = e.target.files?.[0]
        e.target.value = ''
        if (file)
          readCodebookFile(file, format).then(setPending, (err) => report(errorMessage(err), true))
      }}
    />
  )

  return (
    <div className="button-group" role="group" aria-label="Codebook files">
      <button type="button" onClick={() => save('json')}>
        Export codebook (JSON)
      </button>
      <button type="button" onClick={() => inputs.json.current?.click()}>
        Import codebook (JSON)
      </button>
      <button type="button" onClick={() => save('qdc')}>
        Export .qdc
      </button>
      <button type="button" onClick={() => inputs.qdc.current?.click()}>
        Import .qdc
      </button>
      <button type="button" onClick={() => save('html')}>
        Print codebook
      </button>
      {fileInput('json')}
      {fileInput('qdc')}
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
