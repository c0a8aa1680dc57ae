import { describe, expect, it } from 'vitest'
import { checkDimensions } from '../../../src/shared/codebook/checkDimensions'
import { isDimensionShown } from '../../../src/shared/codebook/isDimensionShown'
import { CODEBOOK_TEMPLATES } from '../../../src/shared/codebook/templates/codebookTemplates'
import { policyFramesTemplate } from '../../../src/shared/codebook/templates/policyFramesTemplate'
import { codebookSchema } from '../../../src/shared/domain/codebook'
import { dim, dims } from './fixtures'

describe('codebook templates', () => {
  it('are sound codebooks that the schema accepts', () => {
    for (const t of CODEBOOK_TEMPLATES) {
      const dimensions = t.dimensions()
      expect(checkDimensions(dimensions), t.name).toEqual([])
      const parsed = codebookSchema.parse({
        id: 'c',
        projectId: 'p',
        name: t.name,
        version: 1,
        dimensions,
        updatedAt: 0,
      })
      expect(parsed.dimensions).toEqual(dimensions)
    }
  })

  it('Sourcing and stance adds a stance target and AP checks shown only for anonymous sources', () => {
    const d = dims()
    expect(d.map((x) => x.id).slice(0, 3)).toEqual(['stance', 'stance_target', 'speaker'])
    const checks = d.filter((x) => x.id.startsWith('ap_'))
    expect(checks.map((x) => x.name)).toEqual([
      'Information, not opinion',
      'Not available otherwise',
      'Reliable source in a position to know',
      'Reason for anonymity given',
      'Described as specifically as possible',
    ])
    for (const c of checks) {
      expect(isDimensionShown(c, { identification: 'identification.named' })).toBe(false)
      expect(isDimensionShown(c, { identification: 'identification.anonymous' })).toBe(true)
    }
    expect(dim(d, 'stance_target')).toMatchObject({ kind: 'text', scope: 'span' })
  })

  it('Policy Frames has 15 frames on spans and primary frame, headline frame, tone, relevance per article', () => {
    const d = policyFramesTemplate()
    expect(dim(d, 'frame')).toMatchObject({ kind: 'multi', scope: 'span' })
    expect(dim(d, 'frame').values).toHaveLength(15)
    expect(dim(d, 'frame').values[4]?.label).toBe('Legality, constitutionality and jurisprudence')
    expect(dim(d, 'primary_frame').values.map((v) => v.label)).toEqual(
      dim(d, 'frame').values.map((v) => v.label),
    )
    expect(dim(d, 'tone').values.map((v) => [v.label, v.rank])).toEqual([
      ['Anti', -1],
      ['Neutral', 0],
      ['Pro', 1],
    ])
    expect(d.filter((x) => x.scope === 'article').map((x) => x.id)).toEqual([
      'primary_frame',
      'headline_frame',
      'tone',
      'relevance',
      'irrelevance_reason',
    ])
  })

  it('hand out fresh copies, so editing one project’s codebook never changes another’s', () => {
    const a = policyFramesTemplate()
    a[0]!.values[0]!.label = 'Changed'
    expect(policyFramesTemplate()[0]!.values[0]!.label).toBe('Economic')
  })
})
