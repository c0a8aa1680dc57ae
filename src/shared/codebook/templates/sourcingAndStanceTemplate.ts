import type { Dimension } from '../../domain/codebook'
import { DIM, sourcingAndStanceDimensions } from '../sourcingAndStance'
import { newValue } from '../valueOps'

/** Ids of the dimensions the template adds to the core of `sourcingAndStanceDimensions`. */
export const SOURCING_EXTRA_DIM = {
  stanceTarget: 'stance_target',
  apInformation: 'ap_information_not_opinion',
  apNotAvailable: 'ap_not_available_otherwise',
  apReliable: 'ap_reliable_source',
  apReason: 'ap_reason_given',
  apSpecific: 'ap_specific_description',
} as const

const stanceTarget: Dimension = {
  id: SOURCING_EXTRA_DIM.stanceTarget,
  name: 'Stance target',
  column: 'stance_target',
  description:
    'What the stance is toward, in a few words (e.g. “abolishing ICE”). Code it whenever a stance is coded.',
  kind: 'text',
  scope: 'span',
  required: false,
  values: [],
  showWhen: null,
}

// AP's conditions for granting anonymity (AP Stylebook, "anonymous sources"); a standards review
// checks each one for every anonymous source, so they appear only when the source is anonymous.
const apChecks: [id: string, name: string, description: string][] = [
  [
    SOURCING_EXTRA_DIM.apInformation,
    'Information, not opinion',
    'The anonymous source gives information, not opinion or speculation.',
  ],
  [
    SOURCING_EXTRA_DIM.apNotAvailable,
    'Not available otherwise',
    'The information is not available except under the condition of anonymity.',
  ],
  [
    SOURCING_EXTRA_DIM.apReliable,
    'Reliable source in a position to know',
    'The source is reliable and in a position to have direct knowledge of the information.',
  ],
  [
    SOURCING_EXTRA_DIM.apReason,
    'Reason for anonymity given',
    'The story says why the source was granted anonymity.',
  ],
  [
    SOURCING_EXTRA_DIM.apSpecific,
    'Described as specifically as possible',
    'The story describes the source as specifically as possible without identifying them.',
  ],
]

function apCheck([id, name, description]: (typeof apChecks)[number]): Dimension {
  return {
    id,
    name,
    column: id,
    description,
    kind: 'single',
    scope: 'span',
    required: false,
    values: [
      newValue(`${id}.yes`, 'Yes'),
      newValue(`${id}.no`, 'No'),
      newValue(`${id}.unclear`, 'Cannot tell'),
    ],
    showWhen: { dimensionId: DIM.identification, valueIds: ['identification.anonymous'] },
  }
}

/**
 * The "Sourcing and stance" template of docs/domain.md: stance with its target, speaker,
 * two-level source type, identification with AP's five anonymity checks (shown only for
 * anonymous sources, by skip logic), and quote type.
 */
export function sourcingAndStanceTemplate(): Dimension[] {
  const core = sourcingAndStanceDimensions()
  return core.flatMap((d) => {
    if (d.id === DIM.stance) return [d, { ...stanceTarget }]
    if (d.id === DIM.identification) return [d, ...apChecks.map(apCheck)]
    return [d]
  })
}
