import type { AgreementInput } from '../../../shared/agreement/agreementTypes'
import { computeAgreement } from '../../../shared/agreement/computeAgreement'

/** Computes agreement off the UI thread: 1,000 bootstrap resamples over thousands of units. */
self.addEventListener('message', (event: MessageEvent<AgreementInput>) => {
  try {
    self.postMessage({ ok: true, report: computeAgreement(event.data) })
  } catch (error) {
    self.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) })
  }
})
