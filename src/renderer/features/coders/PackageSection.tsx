import { useState } from 'react'
import type { PackageScope } from '../../actions/buildCodingPackage'
import { buildCodingPackage } from '../../actions/buildCodingPackage'
import { buildSkeletonPackage } from '../../actions/buildSkeletonPackage'
import type { PackageFile } from '../../actions/coderPackageFile'
import type { ReceiveReport } from '../../actions/receiveCoderPackage'
import { receiveCoderPackage } from '../../actions/receiveCoderPackage'
import { platform } from '../../platform/platform'
import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'
import { ReceiveReportView } from './ReceiveReportView'
import { MAX_PACKAGE_UNZIPPED_BYTES } from '../../../shared/coderPackage/decodeCoderPackage'
import { DocumentScopeChoice, type DocumentScope } from '../reliability/DocumentScopeChoice'

async function save(file: PackageFile): Promise<boolean> {
  return platform.saveFile({
    defaultName: file.fileName,
    content: file.content,
    filterName: 'Newscoder coder package',
    // Coding packages and project skeletons are both zipped .ncpkg files.
    extensions: ['ncpkg'],
  })
}

/** "Send my coding", "Send project skeleton" and "Receive coding", with the receive report. */
export function PackageSection({ hasSample }: { hasSample: boolean }) {
  const projectId = useSession((s) => s.projectId)
  const coder = useSession((s) => s.coder)
  const notify = useSession((s) => s.notify)
  const [scope, setScope] = useState<DocumentScope>('all')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [report, setReport] = useState<ReceiveReport | null>(null)

  async function run(task: () => Promise<void>) {
    setBusy(true)
    setProblem(null)
    try {
      await task()
    } catch (error) {
      setProblem(errorMessage(error))
    } finally {
      setBusy(false)
    }
  }

  const send = (what: 'coding' | 'skeleton') =>
    run(async () => {
      if (projectId === null) throw new Error('Open a project first.')
      const chosen: PackageScope = scope
      const file =
        what === 'coding'
          ? await buildCodingPackage(projectId, coder, chosen)
          : await buildSkeletonPackage(projectId, coder)
      if (!(await save(file))) return
      notify(
        'info',
        what === 'coding'
          ? `Saved ${file.annotations} annotations on ${file.documents} documents to ${file.fileName}`
          : `Saved the project skeleton (${file.documents} documents) to ${file.fileName}`,
      )
    })

  const receive = () =>
    run(async () => {
      const files = await platform.openFiles({
        title: 'Receive coding',
        filterName: 'Coder packages',
        extensions: ['ncpkg', 'json'],
        maxBytes: MAX_PACKAGE_UNZIPPED_BYTES,
      })
      for (const file of files) {
        if (file.bytes === null) throw new Error(`${file.name} is too large to read.`)
        const result = await receiveCoderPackage(file.bytes, projectId)
        setReport(result)
        if (result.projectId !== projectId) useSession.getState().openProject(result.projectId)
      }
    })

  return (
    <section className="coders-section" aria-labelledby="coders-packages">
      <h3 id="coders-packages">Exchange coding</h3>
      <DocumentScopeChoice
        legend="Documents to send"
        name="package-scope"
        scope={scope}
        onScope={setScope}
        noSample={!hasSample}
      />
      <div className="modal-actions">
        <button
          type="button"
          disabled={busy || projectId === null}
          onClick={() => void send('coding')}
        >
          Send my coding
        </button>
        <button
          type="button"
          disabled={busy || projectId === null}
          onClick={() => void send('skeleton')}
        >
          Send project skeleton
        </button>
        <button type="button" disabled={busy} onClick={() => void receive()}>
          Receive coding
        </button>
      </div>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      {report && <ReceiveReportView report={report} />}
    </section>
  )
}
