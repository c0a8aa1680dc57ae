import { useRef, useState } from 'react'
import type { Codebook } from '../../../shared/domain/codebook'
import type { ImportedCodebook } from '../../../shared/codebook/codebookJson'
import { parseCodebookJson } from '../../../shared/codebook/codebookJson'
import type { CodebookChange } from '../../../shared/codebook/codebookChange'
import { errorMessage } from '../shell/errorMessage'
import { saveCodebookHtml, saveCodebookJson } from './codebookFiles'
import { SubDialog } from './SubDialog'

type Props = {
  codebook: Codebook
  projectName: string
  edit: (change: CodebookChange) => Promise<boolean>
  report: (message: string) => void
}

/** Largest codebook file read; a real codebook is a few hundred kilobytes at most. */
const MAX_CODEBOOK_BYTES = 5 * 1024 * 1024

/**
 * Export codebook (JSON), Import codebook (JSON) and Print codebook. An import is checked first
 * (a bad file is refused with its reason and changes nothing) and replaces this project's
 * codebook, as a new version, only after confirmation.
 */
export function CodebookExchange({ codebook, projectName, edit, report }: Props) {
  const input = useRef<HTMLInputElement>(null)
  const [pending, setPending] = useState<{ file: string; codebook: ImportedCodebook } | null>(null)

  const readFile = async (file: File) => {
    if (file.size > MAX_CODEBOOK_BYTES) {
      report(`“${file.name}” is over 5 MB, too large for a codebook; nothing was changed.`)
      return
    }
    const result = parseCodebookJson(await file.text())
    if (!result.ok) report(`“${file.name}” was not imported: ${result.error} Nothing was changed.`)
    else setPending({ file: file.name, codebook: result.codebook })
  }

  const save = (what: 'json' | 'html') => {
    const run = what === 'json' ? saveCodebookJson : saveCodebookHtml
    run(codebook, projectName).then(
      (saved) =>
        saved &&
        report(
          what === 'json'
            ? 'Codebook exported as JSON.'
            : 'Printable codebook saved (HTML): open it and print.',
        ),
      (error) => report(errorMessage(error)),
    )
  }

  return (
    <div className="button-group" role="group" aria-label="Codebook files">
      <button type="button" onClick={() => save('json')}>
        Export codebook (JSON)
      </button>
      <button type="button" onClick={() => input.current?.click()}>
        Import codebook (JSON)
      </button>
      {/* A plain file input works in the browser and in Electron alike; read here, never uploaded. */}
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Codebook file to import"
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) void readFile(file).catch((error) => report(errorMessage(error)))
        }}
      />
      <button type="button" onClick={() => save('html')}>
        Print codebook
      </button>
      {pending && (
        <SubDialog title="Replace the codebook?" onClose={() => setPending(null)}>
          <p>
            “{pending.file}” holds the codebook “{pending.codebook.name}” with{' '}
            {pending.codebook.dimensions.length} dimensions. It replaces this project’s codebook as
            a new version. Codes of values it does not have stay stored and are exported as their
            ids; Undo brings the current codebook back.
          </p>
          <div className="modal-actions">
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => {
                const { file, codebook: imported } = pending
                setPending(null)
                void edit({
                  kind: 'replace',
                  dimensions: imported.dimensions,
                  name: imported.name,
                  note: `Imported “${imported.name}” (version ${imported.version}) from ${file}`,
                })
              }}
            >
              Replace codebook
            </button>
          </div>
        </SubDialog>
      )}
    </div>
  )
}
