import type { Dimension } from '../../../src/shared/domain/codebook'
import { sourcingAndStanceTemplate } from '../../../src/shared/codebook/templates/sourcingAndStanceTemplate'

/** The default codebook's dimensions, fresh for each test. */
export const dims = (): Dimension[] => sourcingAndStanceTemplate()

/** The dimension with this id; throws when missing, so tests fail loudly. */
export function dim(dimensions: readonly Dimension[], id: string): Dimension {
  const d = dimensions.find((x) => x.id === id)
  if (!d) throw new Error(`no dimension ${id}`)
  return d
}
