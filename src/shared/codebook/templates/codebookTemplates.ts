import type { Dimension } from '../../domain/codebook'
import { policyFramesTemplate } from './policyFramesTemplate'
import { sourcingAndStanceTemplate } from './sourcingAndStanceTemplate'

/** Ids of the codebook templates a new project can start from. */
export type CodebookTemplateId = 'sourcing-and-stance' | 'policy-frames' | 'empty'

/** A codebook a project can start from; every part of it is editable afterwards. */
export type CodebookTemplate = {
  id: CodebookTemplateId
  name: string
  description: string
  /** A fresh copy of the template's dimensions. */
  dimensions: () => Dimension[]
}

/** The templates, the default first. */
export const CODEBOOK_TEMPLATES: readonly CodebookTemplate[] = [
  {
    id: 'sourcing-and-stance',
    name: 'Sourcing and stance',
    description:
      'Stance and its target, speaker, source type, identification with AP’s anonymity checks, quote type.',
    dimensions: sourcingAndStanceTemplate,
  },
  {
    id: 'policy-frames',
    name: 'Policy Frames Codebook',
    description:
      'Boydstun et al. (2014): 15 frames on spans; primary frame, headline frame, tone and relevance per article.',
    dimensions: policyFramesTemplate,
  },
  {
    id: 'empty',
    name: 'Empty',
    description: 'No dimensions: build your own.',
    dimensions: () => [],
  },
]

/** The template with this id (the default, Sourcing and stance, for an unknown id). */
export function codebookTemplate(id: CodebookTemplateId): CodebookTemplate {
  return CODEBOOK_TEMPLATES.find((t) => t.id === id) ?? (CODEBOOK_TEMPLATES[0] as CodebookTemplate)
}
