import type { Codebook, Dimension } from '../../../shared/domain/codebook'
import type { NewsDocument } from '../../../shared/domain/document'
import type { Speaker } from '../../../shared/domain/speaker'

/** What choosing a palette entry does; the palette runs it after closing itself. */
export type PaletteAction =
  | { kind: 'span-code'; dimension: Dimension; value: string }
  | { kind: 'article-code'; dimension: Dimension; value: string }
  | { kind: 'open-document'; documentId: string }
  | { kind: 'command'; command: string }

/** One entry of the command palette. */
export type PaletteItem = {
  id: string
  /** What the entry reads, e.g. "Stance: Against". */
  label: string
  /** The kind of entry, shown beside it: Code, Article code, Speaker, Article, Action. */
  group: string
  /** Further words it is found by (aliases, outlet, definitions). */
  keywords: string[]
  action: PaletteAction
}

/** The actions offered, by app command id; those the app does not have are left out. */
export const PALETTE_COMMANDS: readonly [label: string, command: string, keywords: string][] = [
  ['Import', 'import', 'open files txt'],
  ['Paste text', 'paste', 'new article'],
  ['Export', 'export', 'csv download save'],
  ['New project', 'new-project', 'create'],
  ['Undo', 'undo', ''],
  ['Redo', 'redo', ''],
  ['Settings', 'settings', 'preferences coder theme'],
  ['Keyboard shortcuts', 'help', 'help keys'],
  ['Codebook', 'codebook', 'dimensions values edit'],
  ['Speakers', 'speakers', 'registry merge aliases'],
  ['Complete and next', 'complete-and-next', 'status done finish'],
  ['Team', 'team', 'sync server couchdb coders join invitation conflicts'],
]

const CHOICE_KINDS = new Set(['single', 'multi', 'ordinal'])

/**
 * Every entry of the palette for a project: each choice value of the codebook (span values apply
 * to the selection or active span; article values to the open article), each speaker (applied
 * as the first speaker dimension), each article (opens it) and each available command.
 */
export function paletteItems(input: {
  codebook: Codebook | null | undefined
  speakers: readonly Speaker[]
  documents: readonly NewsDocument[]
  hasCommand: (command: string) => boolean
}): PaletteItem[] {
  const items: PaletteItem[] = []
  for (const [label, command, words] of PALETTE_COMMANDS) {
    if (!input.hasCommand(command)) continue
    const keywords = words === '' ? [] : [words]
    items.push({
      id: `command:${command}`,
      label,
      group: 'Action',
      keywords,
      action: { kind: 'command', command },
    })
  }
  const dimensions = input.codebook?.dimensions ?? []
  for (const dimension of dimensions) {
    if (!CHOICE_KINDS.has(dimension.kind)) continue
    const article = dimension.scope === 'article'
    for (const value of dimension.values) {
      items.push({
        id: `code:${dimension.id}:${value.id}`,
        label: `${dimension.name}: ${value.label}`,
        group: article ? 'Article code' : 'Code',
        keywords: [value.definition].filter((k) => k !== ''),
        action: { kind: article ? 'article-code' : 'span-code', dimension, value: value.id },
      })
    }
  }
  const speakerDimension = dimensions.find((d) => d.kind === 'speaker' && d.scope === 'span')
  if (speakerDimension) {
    for (const speaker of input.speakers) {
      items.push({
        id: `speaker:${speaker.id}`,
        label: `${speakerDimension.name}: ${speaker.name}`,
        group: 'Speaker',
        keywords: [...speaker.aliases, speaker.affiliation].filter((k) => k !== ''),
        action: { kind: 'span-code', dimension: speakerDimension, value: speaker.id },
      })
    }
  }
  for (const doc of input.documents) {
    items.push({
      id: `document:${doc.id}`,
      label: doc.title || 'Untitled',
      group: 'Article',
      keywords: [doc.outlet].filter((k) => k !== ''),
      action: { kind: 'open-document', documentId: doc.id },
    })
  }
  return items
}
