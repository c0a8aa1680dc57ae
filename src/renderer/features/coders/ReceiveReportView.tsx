import type { ReceiveReport } from '../../actions/receiveCoderPackage'

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** What a received package did, with its conflicts spelled out. */
export function ReceiveReportView({ report }: { report: ReceiveReport }) {
  return (
    <div className="coders-report" role="status" aria-label="Receive report">
      {report.kind === 'skeleton' ? (
        <p>
          Project skeleton from {report.from}: {report.createdProject ? 'created' : 'updated'} “
          {report.projectName}”, {plural(report.addedDocuments, 'document')} added.
        </p>
      ) : (
        <p>
          Coding from {report.from} merged into “{report.projectName}”:{' '}
          {plural(report.added, 'annotation')} added, {report.updated} updated, {report.unchanged}{' '}
          already up to date, {plural(report.codings, 'article coding')} merged.
        </p>
      )}
      {report.codebookConflict && (
        <p role="alert">
          Different codebook version: this project has version{' '}
          {report.codebookConflict.local ?? 'none'}, the package was coded under version{' '}
          {report.codebookConflict.received}. The codes were merged and keep their version.
        </p>
      )}
      {report.missingDocuments.length > 0 && (
        <>
          <p role="alert">
            {plural(report.missingDocuments.length, 'document')} of the package are not in this
            project (no document with the same text); their codes were not merged:
          </p>
          <ul aria-label="Missing documents">
            {report.missingDocuments.map((d) => (
              <li key={d.textHash}>
                {d.title} ({plural(d.annotations, 'annotation')})
              </li>
            ))}
          </ul>
        </>
      )}
      {report.refused.length > 0 && (
        <>
          <p role="alert">
            {plural(report.refused.length, 'annotation')} refused, so as not to overwrite another
            coder’s work:
          </p>
          <ul aria-label="Refused annotations">
            {report.refused.map((r) => (
              <li key={r.id}>
                {r.id} from {r.coder}: {r.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
