import type { Dimension } from '../../../shared/domain/codebook'
import { valueTree } from '../../../shared/codebook/valueTree'

/** The values of a dimension as select options in tree order, sub-values indented; one left out. */
export function ValueOptions({ dimension, exceptId }: { dimension: Dimension; exceptId: string }) {
  return valueTree(dimension.values)
    .filter(({ value }) => value.id !== exceptId)
    .map(({ value, depth }) => (
      <option key={value.id} value={value.id}>
        {`${'  '.repeat(depth)}${value.label}`}
      </option>
    ))
}
