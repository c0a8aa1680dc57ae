import type { CodeValue, Dimension } from '../domain/codebook'

/** Stable dimension ids of the default codebook; other code (pre-filling, exports) refers to them. */
export const DIM = {
  stance: 'stance',
  speaker: 'speaker',
  sourceType: 'source_type',
  identification: 'identification',
  quoteType: 'quote_type',
} as const

const value = (
  id: string,
  label: string,
  extra: Partial<Omit<CodeValue, 'id' | 'label'>> = {},
): CodeValue => ({
  id,
  label,
  definition: '',
  parentId: null,
  color: '',
  shortcut: '',
  rank: null,
  ...extra,
})

// Ordinal ranks run -2..2 so that exports can carry a numeric score; the two escapes have no rank.
const stanceValues: CodeValue[] = [
  value('stance.strongly_against', 'Strongly against', {
    rank: -2,
    shortcut: '1',
    color: '#b2182b',
  }),
  value('stance.against', 'Against', { rank: -1, shortcut: '2', color: '#ef8a62' }),
  value('stance.neutral', 'Neutral / balanced', { rank: 0, shortcut: '3', color: '#bababa' }),
  value('stance.in_favour', 'In favour', { rank: 1, shortcut: '4', color: '#67a9cf' }),
  value('stance.strongly_in_favour', 'Strongly in favour', {
    rank: 2,
    shortcut: '5',
    color: '#2166ac',
  }),
  value('stance.no_stance', 'No stance expressed', { shortcut: '6', color: '#8c8c8c' }),
  value('stance.unclear', 'Unclear', { shortcut: '7', color: '#5e5e5e' }),
]

type Group = [id: string, label: string, children: [id: string, label: string][]]

// The two-level source hierarchy of domain.md; a coder may pick a group or one of its children.
const sourceGroups: Group[] = [
  [
    'official',
    'Official / government',
    [
      ['executive', 'Executive'],
      ['legislator', 'Legislator'],
      ['judiciary', 'Judiciary'],
      ['security', 'Police / military / security'],
      ['spokesperson', 'Agency spokesperson'],
      ['local', 'Local government'],
      ['international', 'International organisation'],
    ],
  ],
  ['political', 'Political, not in office', []],
  [
    'expert',
    'Expert',
    [
      ['academic', 'Academic'],
      ['think_tank', 'Think tank'],
      ['professional', 'Professional'],
      ['statistics', 'Statistics body'],
    ],
  ],
  [
    'advocate',
    'Advocate / interest group',
    [
      ['ngo', 'NGO / activist'],
      ['union', 'Union'],
      ['business_association', 'Business association'],
      ['religious', 'Religious organisation'],
    ],
  ],
  ['business', 'Business', []],
  [
    'citizen',
    'Citizen',
    [
      ['affected', 'Affected person'],
      ['eyewitness', 'Eyewitness'],
      ['public', 'Member of the public'],
    ],
  ],
  [
    'media',
    'Media',
    [
      ['outlet', 'Other outlet'],
      ['journalist', 'Journalist'],
      ['wire', 'Wire'],
      ['social', 'Social post'],
    ],
  ],
  [
    'document',
    'Document / data',
    [
      ['report', 'Report'],
      ['press_release', 'Press release'],
      ['court_filing', 'Court filing'],
      ['poll', 'Poll'],
    ],
  ],
  ['public_figure', 'Other public figure', []],
]

const sourceTypeValues: CodeValue[] = sourceGroups.flatMap(([gid, glabel, children]) => [
  value(`source_type.${gid}`, glabel),
  ...children.map(([cid, clabel]) =>
    value(`source_type.${gid}.${cid}`, clabel, { parentId: `source_type.${gid}` }),
  ),
])

/**
 * The "Sourcing and stance" codebook of docs/domain.md, the default for new projects:
 * stance (ordinal with two nominal escapes), speaker (registry entity), two-level source type,
 * identification and quote type, all applied to spans.
 */
export function sourcingAndStanceDimensions(): Dimension[] {
  return [
    {
      id: DIM.stance,
      name: 'Stance',
      column: 'stance',
      description:
        'Position the span takes toward the stated target, from strongly against to strongly in favour.',
      kind: 'ordinal',
      scope: 'span',
      required: false,
      showWhen: null,
      values: stanceValues.map((v) => ({ ...v })),
    },
    {
      id: DIM.speaker,
      name: 'Speaker',
      column: 'speaker',
      description:
        'Who is speaking or is the source of the claim: an entity from the speaker registry.',
      kind: 'speaker',
      scope: 'span',
      required: false,
      showWhen: null,
      values: [],
    },
    {
      id: DIM.sourceType,
      name: 'Source type',
      column: 'source_type',
      description: 'What kind of source the speaker is, in the role they speak in here.',
      kind: 'single',
      scope: 'span',
      required: false,
      showWhen: null,
      values: sourceTypeValues.map((v) => ({ ...v })),
    },
    {
      id: DIM.identification,
      name: 'Identification',
      column: 'identification',
      description:
        'How the story identifies the source. Anonymity is an attribute, not a source type.',
      kind: 'single',
      scope: 'span',
      required: false,
      showWhen: null,
      values: [
        value('identification.named', 'Named'),
        value('identification.partial', 'Partially identified', {
          definition: 'Described but not named, e.g. "a senior DHS official".',
        }),
        value('identification.anonymous', 'Anonymous', { definition: 'e.g. "sources said".' }),
        value('identification.pseudonym', 'Pseudonym'),
      ],
    },
    {
      id: DIM.quoteType,
      name: 'Quote type',
      column: 'quote_type',
      description: 'Whether the span quotes the source directly, paraphrases, or mixes both.',
      kind: 'single',
      scope: 'span',
      required: false,
      showWhen: null,
      values: [
        value('quote_type.direct', 'Direct'),
        value('quote_type.indirect', 'Indirect (paraphrase)'),
        value('quote_type.mixed', 'Mixed'),
      ],
    },
  ]
}
