import { useEffect, useMemo, useState } from 'react'
import { agreementCsv } from '../../../shared/agreement/agreementCsv'
import { agreementHtml } from '../../../shared/agreement/agreementHtml'
import type { AgreementReport } from '../../../shared/agreement/agreementTypes'
import type { MatchingRule } from '../../../shared/agreement/matchingRule'
import { fileSlug } from '../../../shared/export/fileSlug'
import { db } from '../../db/NewscoderDb'
import { platform } from '../../platform/platform'
import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'
import { Modal } from '../shell/Modal'
import { useCloseOverlay } from '../shell/useCloseOverlay'
import { AgreementResults } from './AgreementResults'
import { loadAgreementData, type AgreementData } from './loadAgreementData'
import { MatchingRuleFields } from './MatchingRuleFields'
import { runAgreement } from './runAgreement'
import './agreement.css'
import { DocumentScopeChoice, type DocumentScope } from '../reliability/DocumentScopeChoice'

/** Seed of the bootstrap unless the user changes it; shown, and written into every report. */
const DEFAULT_SEED = 20240601

/**
 * The Agreement view: choose documents, coders, the matching rule and the seed; computes every
 * coefficient off the UI thread and exports the results as CSV or a printable HTML report.
 */
export function AgreementDialog() {
  const projectId = useSession((s) => s.projectId)
  const close = useCloseOverlay()
  const [scope, setScope] = useState<DocumentScope>('all')
  const [data, setData] = useState<AgreementData | null>(null)
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const [kind, setKind] = useState<MatchingRule['kind']>('overlap')
  const [percent, setPercent] = useState('50')
  const [seed, setSeed] = useState(String(DEFAULT_SEED))
  const [report, setReport] = useState<AgreementReport | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    if (projectId === null) return
    let live = true
    setProblem(null)
    loadAgreementData(projectId, scope, false)
      .then((loaded) => {
        if (!live) return
        setData(loaded)
        setChosen(new Set(loaded.coders))
      })
      .catch((error: unknown) => live && setProblem(errorMessage(error)))
    return () => {
      live = false
    }
  }, [projectId, scope])

  const labels = useMemo(() => {
    const map = new Map<string, string>()
    for (const d of data?.dimensions ?? [])
      for (const v of d.values) map.set(`${d.id}\u0000${v.id}`, v.label)
    return map
  }, [data])
  const titles = useMemo(() => new Map((data?.documents ?? []).map((d) => [d.id, d.title])), [data])

  async function compute() {
    if (projectId === null || data === null) return
    setBusy(true)
    setProblem(null)
    try {
      const coders = data.coders.filter((c) => chosen.has(c))
      if (coders.length < 2) throw new Error('Choose at least two coders.')
      const seedValue = Number(seed)
      if (!Number.isInteger(seedValue)) throw new Error('The seed must be a whole number.')
      let rule: MatchingRule = { kind: 'exact' }
      if (kind === 'sentence') rule = { kind }
      if (kind === 'overlap') {
        const p = Number(percent)
        if (!(p > 0 && p <= 100)) throw new Error('The overlap must lie between 1 and 100 %.')
        rule = { kind, minOverlap: p / 100 }
      }
      const input = kind === 'sentence' ? await loadAgreementData(projectId, scope, true) : data
      setReport(await runAgreement({ ...input, coders, rule, seed: seedValue, resamples: 1000 }))
    } catch (error) {
      setProblem(errorMessage(error))
    } finally {
      setBusy(false)
    }
  }

  async function exportReport(format: 'csv' | 'html') {
    if (!report || projectId === null) return
    const project = await db.projects.get(projectId)
    const name = project?.name ?? 'project'
    const base = `${fileSlug(name)}-agreement`
    const content =
      format === 'csv'
        ? agreementCsv(report)
        : agreementHtml(report, name, new Date().toISOString().slice(0, 10))
    await platform.saveFile({
      defaultName: `${base}.${format}`,
      content,
      filterName: format === 'csv' ? 'CSV' : 'HTML report',
      extensions: [format],
    })
  }

  return (
    <Modal title="Agreement" onClose={close} className="modal-wide agreement-dialog">
      <div className="agreement-options">
        <DocumentScopeChoice
          legend="Documents"
          name="agreement-docs"
          scope={scope}
          onScope={setScope}
        />
        <fieldset className="choice-group">
          <legend>Coders</legend>
          {data?.coders.map((c) => (
            <label key={c}>
              <input
                type="checkbox"
                checked={chosen.has(c)}
                onChange={(e) => {
                  const next = new Set(chosen)
                  if (e.target.checked) next.add(c)
                  else next.delete(c)
                  setChosen(next)
                }}
              />
              {c}
            </label>
          ))}
          {data && data.coders.length === 0 && <p>No coded spans in these documents.</p>}
        </fieldset>
        <MatchingRuleFields kind={kind} percent={percent} onKind={setKind} onPercent={setPercent} />
        <label>
          Bootstrap seed{' '}
          <input type="number" value={seed} onChange={(e) => setSeed(e.target.value)} />
        </label>
      </div>
      <div className="modal-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || data === null}
          onClick={() => void compute()}
        >
          {busy ? 'Computing…' : 'Compute agreement'}
        </button>
        <button type="button" disabled={!report} onClick={() => void exportReport('csv')}>
          Export agreement CSV
        </button>
        <button type="button" disabled={!report} onClick={() => void exportReport('html')}>
          Export HTML report
        </button>
      </div>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      {report && (
        <AgreementResults
          report={report}
          label={(dimensionId, value) => labels.get(`${dimensionId}\u0000${value}`) ?? value}
          titleOf={(id) => titles.get(id) ?? id}
        />
      )}
    </Modal>
  )
}
