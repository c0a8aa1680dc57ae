import type { CodeValue, Codebook, Dimension } from '../domain/codebook'
import type { Speaker } from '../domain/speaker'
import { withMeta } from './newscoderMeta'
import { refiGuid } from './refiGuid'

/** One REFI-QDA code, before it becomes XML. */
export type CodeNode = {
  guid: string
  name: string
  isCodable: boolean
  /** "#rrggbb" or "#rgb", or null when the value has no colour REFI-QDA can hold. */
  color: string | null
  description: string
  children: CodeNode[]
}

/** Options of `codebookCodeTree`. */
export type CodeTreeOptions = {
  /** Speakers of the registry, written as child codes of each speaker dimension. */
  speakers?: readonly Speaker[]
  /** Write the `newscoder:` line into descriptions (default true); see newscoderMeta. */
  metadata?: boolean
}

const RGB = /^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/

/** The fields of `record` not in `written` (the ones the code tree holds), as they are. */
function rest(record: object, written: readonly string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    if (!written.includes(key) && value !== undefined) result[key] = value
  }
  return result
}

/** GUID of the top-level code of a dimension. */
export const dimensionGuid = (dimensionId: string): string => refiGuid('dimension', dimensionId)
/** GUID of the code of a value (value ids are unique within their dimension only). */
export const valueGuid = (dimensionId: string, valueId: string): string =>
  refiGuid('value', `${dimensionId}/${valueId}`)
/** GUID of the code of a speaker under a speaker dimension. */
export const speakerGuid = (dimensionId: string, speakerId: string): string =>
  refiGuid('speaker', `${dimensionId}/${speakerId}`)

function valueNodes(dimension: Dimension, metadata: boolean): CodeNode[] {
  const ids = new Set(dimension.values.map((v) => v.id))
  const children = new Map<string | null, CodeValue[]>()
  for (const v of dimension.values) {
    const parent = v.parentId !== null && ids.has(v.parentId) ? v.parentId : null
    const list = children.get(parent)
    if (list === undefined) children.set(parent, [v])
    else list.push(v)
  }
  const placed = new Set<string>()
  const node = (v: CodeValue): CodeNode => {
    placed.add(v.id)
    const meta = { value: v.id, ...rest(v, ['id', 'label', 'definition', 'parentId', 'color']) }
    return {
      guid: valueGuid(dimension.id, v.id),
      name: v.label,
      isCodable: true,
      color: RGB.test(v.color) ? v.color : null,
      description: metadata ? withMeta(v.definition, meta) : v.definition,
      children: (children.get(v.id) ?? []).filter((c) => !placed.has(c.id)).map(node),
    }
  }
  const roots = (children.get(null) ?? []).map(node)
  // Values caught in a parent cycle are reached from no root: they go to the top, never lost.
  for (const v of dimension.values) if (!placed.has(v.id)) roots.push(node(v))
  return roots
}

/**
 * Returns the REFI-QDA code tree of a Newscoder codebook. REFI-QDA has one tree of codes, while a
 * Newscoder codebook has several dimensions; so each dimension becomes a top-level code (named as
 * the dimension, codable only for yes/no dimensions, where applying it means "yes") and each
 * value of a choice dimension a code beneath it, nested by `parentId`, with its label, definition
 * and colour. A speaker dimension gets one child code per speaker in `options.speakers`. Text and
 * number dimensions have no codes under them (REFI-QDA codes carry no free values). GUIDs are
 * name-based UUIDs of the ids (`refiGuid`), so they are the same in every export. With
 * `metadata`, each description ends with a `newscoder:` line (newscoderMeta) from which Newscoder
 * restores kinds, columns, ids and ranks on import. See docs/adr/0007-refi-qda-mapping.md.
 */
export function codebookCodeTree(codebook: Codebook, options: CodeTreeOptions = {}): CodeNode[] {
  const metadata = options.metadata ?? true
  return codebook.dimensions.map((d) => {
    const meta = {
      dimension: d.id,
      column: d.column,
      kind: d.kind,
      scope: d.scope,
      ...rest(d, ['id', 'name', 'description', 'values']),
    }
    const children =
      d.kind === 'speaker'
        ? (options.speakers ?? []).map((s) => ({
            guid: speakerGuid(d.id, s.id),
            name: s.name,
            isCodable: true,
            color: null,
            description: metadata ? withMeta(s.affiliation, { speaker: s.id }) : s.affiliation,
            children: [],
          }))
        : valueNodes(d, metadata)
    return {
      guid: dimensionGuid(d.id),
      name: d.name,
      isCodable: d.kind === 'boolean',
      color: null,
      description: metadata ? withMeta(d.description, meta) : d.description,
      children,
    }
  })
}
