import type { Dimension } from '../domain/codebook'

/**
 * Ids of the dimensions whose values are speaker ids (kind 'speaker', span or article scope).
 * Merging or counting speakers looks at these and nothing else, so a codebook with a second
 * speaker dimension ("addressee") is covered too.
 */
export function speakerDimensionIds(dimensions: readonly Dimension[]): string[] {
  return dimensions.filter((d) => d.kind === 'speaker').map((d) => d.id)
}
