import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type FormEvent } from 'react'
import {
  blindKey,
  drawReliabilitySample,
  sampleKey,
  setBlindMode,
  type StoredSample,
} from '../../actions/reliabilityActions'
import { db } from '../../db/NewscoderDb'
import { errorMessage } from '../shell/errorMessage'

/** A fresh seed suggestion: shown and editable, so the user can note it or reuse another. */
const newSeed = () => Math.floor(Math.random() * 1_000_000)

/**
 * "Draw reliability sample" (a number or a percentage of the documents, an editable seed,
 * optionally stratified by outlet), the current sample, and the project's blind-mode switch.
 */
export function ReliabilitySection({ projectId }: { projectId: string }) {
  const stored = useLiveQuery(
    async () => ({
      sample:
        ((await db.settings.get(sampleKey(projectId)))?.value as StoredSample | undefined) ?? null,
      blind: (await db.settings.get(blindKey(projectId)))?.value === true,
    }),
    [projectId],
  )
  const [unit, setUnit] = useState<'count' | 'percent'>('percent')
  const [amount, setAmount] = useState('10')
  const [seed, setSeed] = useState(() => String(newSeed()))
  const [stratify, setStratify] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  async function draw(event: FormEvent) {
    event.preventDefault()
    setProblem(null)
    const value = Number(amount)
    const seedValue = Number(seed)
    try {
      if (!Number.isInteger(seedValue)) throw new Error('The seed must be a whole number.')
      if (!(value >= 0) || (unit === 'percent' && value > 100))
        throw new Error('Enter a size between 0 and 100%, or a number of documents.')
      const size = unit === 'count' ? { count: Math.floor(value) } : { fraction: value / 100 }
      await drawReliabilitySample(projectId, size, seedValue, stratify)
    } catch (error) {
      setProblem(errorMessage(error))
    }
  }

  const sample = stored?.sample ?? null
  return (
    <section className="coders-section" aria-labelledby="coders-sample">
      <h3 id="coders-sample">Reliability sample</h3>
      {sample ? (
        <p role="status">
          {sample.ids.length} documents drawn with seed {sample.seed}
          {sample.stratified ? ', stratified by outlet' : ''}; marked “Sample” in the document list.
        </p>
      ) : (
        <p>No sample drawn yet.</p>
      )}
      <form onSubmit={draw} className="coders-sample-form">
        <label>
          Sample size{' '}
          <input type="number" min="0" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </label>
        <label>
          Unit{' '}
          <select value={unit} onChange={(e) => setUnit(e.target.value as 'count' | 'percent')}>
            <option value="percent">% of documents</option>
            <option value="count">documents</option>
          </select>
        </label>
        <label>
          Seed <input type="number" value={seed} onChange={(e) => setSeed(e.target.value)} />
        </label>
        <label>
          <input
            type="checkbox"
            checked={stratify}
            onChange={(e) => setStratify(e.target.checked)}
          />
          Stratify by outlet
        </label>
        <button type="submit">Draw reliability sample</button>
      </form>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      <label>
        <input
          type="checkbox"
          checked={stored?.blind ?? false}
          onChange={(e) => void setBlindMode(projectId, e.target.checked)}
        />
        Blind mode: in sample documents, hide other coders’ annotations until the coder marks the
        document complete
      </label>
    </section>
  )
}
