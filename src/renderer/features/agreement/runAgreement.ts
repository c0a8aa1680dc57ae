import type { AgreementInput, AgreementReport } from '../../../shared/agreement/agreementTypes'
import { computeAgreement } from '../../../shared/agreement/computeAgreement'

type Reply = { ok: true; report: AgreementReport } | { ok: false; error: string }

/**
 * Runs `computeAgreement` in a module worker so that the bootstrap over 2,000 documents never
 * blocks the UI; in-process where there are no workers (unit tests). One worker per run, ended
 * with it.
 */
export function runAgreement(input: AgreementInput): Promise<AgreementReport> {
  if (typeof Worker === 'undefined') return Promise.resolve().then(() => computeAgreement(input))
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./agreement.worker.ts', import.meta.url), { type: 'module' })
    worker.addEventListener('message', (event: MessageEvent<Reply>) => {
      worker.terminate()
      if (event.data.ok) resolve(event.data.report)
      else reject(new Error(event.data.error))
    })
    worker.addEventListener('error', (event) => {
      worker.terminate()
      reject(new Error(event.message || 'The agreement computation failed.'))
    })
    worker.postMessage(input)
  })
}
