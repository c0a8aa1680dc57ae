import type { Dimension } from '../../../shared/domain/codebook'
import { dimensionKindSchema } from '../../../shared/domain/codebook'
import { kindName } from '../../../shared/codebook/describeCodebookChange'

/** The options of a dimension-kind select, in the schema's order, named for readers. */
export function KindOptions() {
  return dimensionKindSchema.options.map((kind: Dimension['kind']) => (
    <option key={kind} value={kind}>
      {kindName(kind)}
    </option>
  ))
}
