import type { CodeValue, Dimension } from '../../domain/codebook'
import { newValue } from '../valueOps'

// Boydstun, Card, Gross, Resnik & Smith (2014), "Tracking the development of media frames
// within and across policy issues"; the frames of the Media Frames Corpus (Card et al. 2015).
const FRAMES: [slug: string, label: string, definition: string][] = [
  ['economic', 'Economic', 'The costs, benefits, or monetary/financial implications of the issue.'],
  [
    'capacity',
    'Capacity and resources',
    'The lack of or availability of physical, geographical, spatial, human, and financial resources.',
  ],
  [
    'morality',
    'Morality',
    'Any perspective compelled by religious doctrine or interpretation, duty, honor, righteousness or any other sense of ethics or social responsibility.',
  ],
  [
    'fairness',
    'Fairness and equality',
    'Equality or inequality with which laws, punishment, rewards, and resources are applied or distributed among individuals or groups.',
  ],
  [
    'legality',
    'Legality, constitutionality and jurisprudence',
    'The constraints imposed on or freedoms granted to individuals, government, and corporations via the Constitution, Bill of Rights and other amendments, or judicial interpretation.',
  ],
  [
    'policy',
    'Policy prescription and evaluation',
    'Particular policies proposed for addressing an identified problem, and figuring out if certain policies will work, or if existing policies are effective.',
  ],
  [
    'crime',
    'Crime and punishment',
    'Specific policies in practice and their enforcement, incentives, and implications.',
  ],
  [
    'security',
    'Security and defense',
    'Security, threats to security, and protection of one’s person, family, in-group, nation, etc.',
  ],
  [
    'health',
    'Health and safety',
    'Healthcare access and effectiveness, illness, disease, sanitation, obesity, mental health effects, prevention of or perpetuation of gun violence, infrastructure and building safety.',
  ],
  [
    'quality_of_life',
    'Quality of life',
    'The effects of a policy on individuals’ wealth, mobility, access to resources, happiness, social structures, ease of day-to-day routines, quality of community life, etc.',
  ],
  [
    'cultural',
    'Cultural identity',
    'The social norms, trends, values and customs constituting culture(s), as they relate to a specific policy issue.',
  ],
  [
    'public_opinion',
    'Public opinion',
    'References to general social attitudes, polling and demographic information, as well as implied or actual consequences of diverging from or “getting ahead of” public opinion or polls.',
  ],
  [
    'political',
    'Political',
    'Any political considerations surrounding an issue: partisan filibusters, lobbyist involvement, bipartisan efforts, deal-making and vote trading, appealing to one’s base, mentions of political maneuvering.',
  ],
  [
    'external',
    'External regulation and reputation',
    'The United States’ external relations with another nation; the external relations of one state with another; or relations between groups.',
  ],
  ['other', 'Other', 'Any frames that do not fit into the above categories.'],
]

// Keys for the span frames: digits first, then letters away from the reserved s / t / m.
const SHORTCUTS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', 'q', 'w', 'e', 'r', 'o']

function frameValues(dimensionId: string, withShortcuts: boolean): CodeValue[] {
  return FRAMES.map(([slug, label, definition], i) => ({
    ...newValue(`${dimensionId}.${slug}`, label),
    definition,
    shortcut: withShortcuts ? (SHORTCUTS[i] ?? '') : '',
  }))
}

const dimension = (d: Omit<Dimension, 'required' | 'showWhen' | 'values'> & Partial<Dimension>) =>
  ({ required: false, showWhen: null, values: [], ...d }) as Dimension

/**
 * The Policy Frames Codebook (Boydstun et al. 2014): the 15 frame dimensions as one multiple
 * choice on spans (keys 1–9, 0, q, w, e, r, o), and on the article the primary frame, the
 * headline frame, tone (pro / neutral / anti) and relevance, with a reason asked only for
 * irrelevant articles.
 */
export function policyFramesTemplate(): Dimension[] {
  return [
    dimension({
      id: 'frame',
      name: 'Frame',
      column: 'frame',
      description: 'Every frame dimension the span invokes (Boydstun et al. 2014).',
      kind: 'multi',
      scope: 'span',
      values: frameValues('frame', true),
    }),
    dimension({
      id: 'primary_frame',
      name: 'Primary frame',
      column: 'primary_frame',
      description: 'The frame that dominates the article as a whole.',
      kind: 'single',
      scope: 'article',
      values: frameValues('primary_frame', false),
    }),
    dimension({
      id: 'headline_frame',
      name: 'Headline frame',
      column: 'headline_frame',
      description: 'The frame of the headline alone.',
      kind: 'single',
      scope: 'article',
      values: frameValues('headline_frame', false),
    }),
    dimension({
      id: 'tone',
      name: 'Tone',
      column: 'tone',
      description: 'Whether the article is, on balance, pro, neutral or anti toward the issue.',
      kind: 'ordinal',
      scope: 'article',
      values: [
        { ...newValue('tone.anti', 'Anti'), rank: -1 },
        { ...newValue('tone.neutral', 'Neutral'), rank: 0 },
        { ...newValue('tone.pro', 'Pro'), rank: 1 },
      ],
    }),
    dimension({
      id: 'relevance',
      name: 'Relevance',
      column: 'relevance',
      description:
        'Whether the article is about the issue at all; irrelevant articles are skipped.',
      kind: 'single',
      scope: 'article',
      values: [
        newValue('relevance.relevant', 'Relevant'),
        newValue('relevance.irrelevant', 'Irrelevant'),
      ],
    }),
    dimension({
      id: 'irrelevance_reason',
      name: 'Why irrelevant',
      column: 'irrelevance_reason',
      description: 'Why the article is not about the issue.',
      kind: 'text',
      scope: 'article',
      showWhen: { dimensionId: 'relevance', valueIds: ['relevance.irrelevant'] },
    }),
  ]
}
