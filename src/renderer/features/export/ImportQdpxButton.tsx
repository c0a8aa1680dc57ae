import { useRef, useState } from 'react'
import { importQdpx } from '../../actions/importQdpx'
import { QDPX_LIMITS } from '../../../shared/refiQda/unzipQdpx'
import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'

type Props = { onReport: (title: string, lines: string[]) => void; onError: (text: string) => void }

/**
 * "Import REFI-QDA project": picks a .qdpx written by any QDA tool and imports it as a new project,
 * which it then opens; what could not be mapped goes to `onReport`.
 */
export function ImportQdpxButton({ onReport, onError }: Props) {
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const openProject = useSession((s) => s.openProject)
  const notify = useSession((s) => s.notify)

  async function picked(file: File | undefined) {
    if (file === undefined) return
    if (file.size > QDPX_LIMITS.archiveBytes) {
      onError(`“${file.name}” is larger than ${QDPX_LIMITS.archiveBytes / 1024 / 1024} MB.`)
      return
    }
    setBusy(true)
    try {
      const result = await importQdpx(file.name, new Uint8Array(await file.arrayBuffer()))
      notify(
        'info',
        `Imported “${result.project.name}”: ${result.documents} documents, ${result.annotations} annotations.`,
      )
      openProject(result.project.id)
      onReport(`Imported “${result.project.name}”`, result.report)
    } catch (error) {
      onError(`The import failed: ${errorMessage(error)}`)
    } finally {
      setBusy(false)
      if (input.current) input.current.value = ''
    }
  }

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".qdpx"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        data-testid="qdpx-input"
        onChange={(e) => void picked(e.currentTarget.files?.[0])}
      />
      <button type="button" disabled={busy} onClick={() => input.current?.click()}>
        Import REFI-QDA project
      </button>
    </>
  )
}
