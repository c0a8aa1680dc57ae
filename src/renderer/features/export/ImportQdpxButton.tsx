import { useState } from 'react'
import { importQdpx } from '../../actions/importQdpx'
import { QDPX_LIMITS } from '../../../shared/refiQda/unzipQdpx'
import { platform } from '../../platform/platform'
import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'

type Props = { onReport: (title: string, lines: string[]) => void; onError: (text: string) => void }

/**
 * "Import REFI-QDA project": picks a .qdpx written by any QDA tool and imports it as a new project,
 * which it then opens; what could not be mapped goes to `onReport`.
 */
export function ImportQdpxButton({ onReport, onError }: Props) {
  const [busy, setBusy] = useState(false)
  const openProject = useSession((s) => s.openProject)
  const notify = useSession((s) => s.notify)

  async function pickAndImport() {
    try {
      const [file] = await platform.openFiles({
        title: 'Import REFI-QDA project',
        filterName: 'REFI-QDA project',
        extensions: ['qdpx'],
        maxBytes: QDPX_LIMITS.archiveBytes,
      })
      if (file === undefined) return
      if (file.bytes === null) {
        onError(`“${file.name}” is larger than ${QDPX_LIMITS.archiveBytes / 1024 / 1024} MB.`)
        return
      }
      setBusy(true)
      const result = await importQdpx(file.name, file.bytes)
      notify(
        'info',
        `Imported “${result.project.name}”: ${result.documents} documents, ${result.annotations} annotations` +
          (result.articleCodings > 0 ? `, ${result.articleCodings} article codings.` : '.'),
      )
      openProject(result.project.id)
      onReport(`Imported “${result.project.name}”`, result.report)
    } catch (error) {
      onError(`The import failed: ${errorMessage(error)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <button type="button" disabled={busy} onClick={() => void pickAndImport()}>
      Import REFI-QDA project
    </button>
  )
}
