import type { Dimension } from '../domain/codebook'
import type { CodebookChange } from './codebookChange'

const KIND_NAMES: Record<Dimension['kind'], string> = {
  single: 'single choice',
  multi: 'multiple choice',
  ordinal: 'ordinal scale',
  speaker: 'speaker',
  text: 'free text',
  number: 'number',
  boolean: 'yes/no',
}

/** The reader-facing name of a dimension kind ("ordinal scale"). */
export function kindName(kind: Dimension['kind']): string {
  return KIND_NAMES[kind]
}

const FIELD_NAMES: Record<string, string> = {
  definition: 'definition',
  inclusion: 'inclusion rule',
  exclusion: 'exclusion rule',
  example: 'example',
  color: 'colour',
  shortcut: 'shortcut',
  rank: 'rank',
  description: 'description',
  column: 'export column',
  required: 'requirement',
  showWhen: 'skip logic',
}

/**
 * The history note for an edit, in words, naming dimensions and values as they were before it
 * ("Renamed value “Against” of Stance to “Opposed”"). `before` is the codebook the edit applies to.
 */
export function describeCodebookChange(
  before: readonly Dimension[],
  change: CodebookChange,
): string {
  if (change.kind === 'replace') return change.note
  if (change.kind === 'add-dimension') {
    return `Added dimension “${change.name.trim()}” (${kindName(change.dimensionKind)}, ${change.scope === 'span' ? 'spans' : 'whole article'})`
  }
  const dimension = before.find((d) => d.id === change.dimensionId)
  const dim = `“${dimension?.name ?? change.dimensionId}”`
  const label = (id: string | null) =>
    id === null ? 'the top level' : `“${dimension?.values.find((v) => v.id === id)?.label ?? id}”`
  switch (change.kind) {
    case 'update-dimension': {
      const { patch } = change
      if (patch.name !== undefined) return `Renamed dimension ${dim} to “${patch.name.trim()}”`
      if (patch.kind !== undefined) return `Made dimension ${dim} ${kindName(patch.kind)}`
      if (patch.scope !== undefined) {
        return `Applied dimension ${dim} to ${patch.scope === 'span' ? 'spans' : 'the whole article'}`
      }
      const fields = Object.keys(patch).map((k) => FIELD_NAMES[k] ?? k)
      return `Changed the ${fields.join(', ')} of dimension ${dim}`
    }
    case 'move-dimension':
      return `Moved dimension ${dim} to position ${change.to + 1}`
    case 'delete-dimension':
      return `Deleted dimension ${dim}`
    case 'add-value':
      return `Added value “${change.label.trim()}” to ${dim}`
    case 'update-value': {
      const { patch } = change
      if (patch.label !== undefined) {
        return `Renamed value ${label(change.valueId)} of ${dim} to “${patch.label.trim()}”`
      }
      const fields = Object.keys(patch).map((k) => FIELD_NAMES[k] ?? k)
      return `Changed the ${fields.join(', ')} of value ${label(change.valueId)} of ${dim}`
    }
    case 'move-value':
    case 'place-value':
      return `Reordered value ${label(change.valueId)} of ${dim}`
    case 'set-value-parent':
      return `Moved value ${label(change.valueId)} of ${dim} under ${label(change.parentId)}`
    case 'merge-values':
      return `Merged value ${label(change.fromId)} of ${dim} into ${label(change.intoId)}`
    case 'delete-value':
      return change.mergeInto === null
        ? `Deleted value ${label(change.valueId)} of ${dim}, clearing it from its codings`
        : `Deleted value ${label(change.valueId)} of ${dim}, merging its codings into ${label(change.mergeInto)}`
  }
}
