import type { CodeValue, Dimension } from '../domain/codebook'
import { codeValueSchema, dimensionSchema } from '../domain/codebook'
import type { DimensionMeta } from './newscoderMeta'
import { readMeta } from './newscoderMeta'
import type { XmlElement } from './parseRefiXml'
import { attribute, childText, children } from './parseRefiXml'
import { normaliseGuid } from './refiGuid'
import { decodeXmlText } from './xmlSafe'

/** What a REFI-QDA code means in Newscoder, for turning codings into annotation values. */
export type CodeTarget =
  | { kind: 'value'; dimensionId: string; valueId: string; multi: boolean }
  | { kind: 'boolean'; dimensionId: string }
  | { kind: 'speaker'; dimensionId: string; speakerId: string }
  | { kind: 'none'; name: string }

/** A speaker found under a speaker dimension's code. */
export type ImportedSpeaker = { id: string; name: string; affiliation: string }

/** Result of `codesToDimensions`. */
export type CodeMapping = {
  dimensions: Dimension[]
  /** Code GUID (normalised, see `normaliseGuid`) → its meaning. */
  targets: Map<string, CodeTarget>
  speakers: ImportedSpeaker[]
  report: string[]
}

/** Name, id and column of the dimension that receives codes from other tools. */
export const FOREIGN_DIMENSION = { id: 'codes', name: 'Codes', column: 'codes' } as const

const MAX_LABEL = 200

function withoutKey<T extends object>(record: T, ...keys: string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) if (!keys.includes(key)) result[key] = value
  return result
}

function unique(base: string, taken: Set<string>): string {
  let result = base
  for (let n = 2; taken.has(result); n += 1) result = `${base}_${n}`
  taken.add(result)
  return result
}

type Code = { guid: string; name: string; description: string; color: string; codable: boolean }

/**
 * Maps the top-level `<Code>` elements of a REFI-QDA codebook to Newscoder dimensions (the inverse
 * of `codebookCodeTree`, docs/adr/0007-refi-qda-mapping.md). A top-level code whose description
 * ends with a valid `newscoder:` dimension line becomes that dimension again (id, column, kind,
 * scope) with its child codes as values (ids, ranks, shortcuts from their own lines) or, for a
 * speaker dimension, as speakers. Every other code, with its whole subtree, becomes a value of
 * one dimension "Codes" (kind multi, span scope), nested as in the file, keyed by its GUID, so
 * any tool's code tree survives with hierarchy, descriptions and colours. Anything that cannot
 * be kept as is — duplicate GUIDs, unnamed or over-long names, codes under a text or number
 * dimension, codes marked not codable — is listed in `report`.
 */
export function codesToDimensions(topLevel: readonly XmlElement[]): CodeMapping {
  const report: string[] = []
  const targets = new Map<string, CodeTarget>()
  const speakers: ImportedSpeaker[] = []
  const dimensions: Dimension[] = []
  const dimensionIds = new Set<string>([FOREIGN_DIMENSION.id])
  const columns = new Set<string>([FOREIGN_DIMENSION.column])
  const foreign: CodeValue[] = []
  const foreignIds = new Set<string>()
  let notCodable = 0

  const read = (element: XmlElement): Code | null => {
    const rawGuid = attribute(element, 'guid')
    const guid = rawGuid === null ? '' : normaliseGuid(rawGuid)
    let name = decodeXmlText(attribute(element, 'name') ?? '').trim()
    if (guid === '' || targets.has(guid)) {
      report.push(
        guid === ''
          ? `A code without a GUID ("${name}") was skipped.`
          : `The GUID ${guid} is used by more than one code; the code "${name}" was skipped.`,
      )
      return null
    }
    if (name === '') {
      report.push(`A code without a name (GUID ${guid}) was named "(unnamed code)".`)
      name = '(unnamed code)'
    }
    if (name.length > MAX_LABEL) {
      report.push(`The code name "${name.slice(0, 40)}…" was cut to ${MAX_LABEL} characters.`)
      name = name.slice(0, MAX_LABEL)
    }
    const color = attribute(element, 'color') ?? ''
    const codable = attribute(element, 'isCodable') !== 'false'
    return {
      guid,
      name,
      description: decodeXmlText(childText(element, 'Description')),
      color,
      codable,
    }
  }

  const addForeign = (
    element: XmlElement,
    parentId: string | null,
    code: Code | null = read(element),
  ): void => {
    if (code === null) return
    if (!code.codable) notCodable += 1
    const { text, meta } = readMeta(code.description)
    const valueId = unique(code.guid, foreignIds)
    foreign.push({
      id: valueId,
      label: code.name,
      definition: meta === null ? code.description : text,
      parentId,
      color: code.color,
      shortcut: '',
      rank: null,
    })
    targets.set(code.guid, {
      kind: 'value',
      dimensionId: FOREIGN_DIMENSION.id,
      valueId,
      multi: true,
    })
    for (const child of children(element, 'Code')) addForeign(child, valueId)
  }

  const addValues = (dimension: Dimension, element: XmlElement, parentId: string | null): void => {
    const code = read(element)
    if (code === null) return
    const { text, meta } = readMeta(code.description)
    const taken = new Set(dimension.values.map((v) => v.id))
    const valueMeta = meta?.for === 'value' ? meta.meta : null
    const wanted = valueMeta?.value ?? code.guid
    const id = unique(wanted, taken)
    const extra = valueMeta === null ? {} : withoutKey(valueMeta, 'value')
    const fields = { ...extra, id, label: code.name, definition: text, parentId, color: code.color }
    const parsed = codeValueSchema.safeParse(fields)
    if (!parsed.success)
      report.push(`Some details of the value “${code.name}” were not valid and were dropped.`)
    dimension.values.push(
      parsed.success
        ? parsed.data
        : codeValueSchema.parse(withoutKey(fields, ...Object.keys(extra))),
    )
    targets.set(code.guid, {
      kind: 'value',
      dimensionId: dimension.id,
      valueId: id,
      multi: dimension.kind === 'multi',
    })
    for (const child of children(element, 'Code')) addValues(dimension, child, id)
  }

  const addDimension = (element: XmlElement, code: Code, text: string, meta: DimensionMeta) => {
    const fields = {
      ...withoutKey(meta, 'dimension'),
      id: unique(meta.dimension, dimensionIds),
      name: code.name,
      column: unique(meta.column, columns),
      description: text,
      values: [],
    }
    const parsed = dimensionSchema.safeParse(fields)
    if (!parsed.success)
      report.push(`Some details of the dimension “${code.name}” were not valid and were dropped.`)
    const dimension: Dimension = parsed.success
      ? parsed.data
      : dimensionSchema.parse({
          ...withoutKey(fields, ...Object.keys(meta)),
          kind: meta.kind,
          scope: meta.scope,
        })
    dimensions.push(dimension)
    targets.set(
      code.guid,
      meta.kind === 'boolean'
        ? { kind: 'boolean', dimensionId: dimension.id }
        : { kind: 'none', name: code.name },
    )
    for (const child of children(element, 'Code')) {
      if (meta.kind === 'speaker') {
        const sub = read(child)
        if (sub === null) continue
        const parsed = readMeta(sub.description)
        const id = parsed.meta?.for === 'speaker' ? parsed.meta.meta.speaker : sub.guid
        speakers.push({ id, name: sub.name, affiliation: parsed.text })
        targets.set(sub.guid, { kind: 'speaker', dimensionId: dimension.id, speakerId: id })
      } else if (meta.kind === 'text' || meta.kind === 'number') {
        report.push(
          `The code "${attribute(child, 'name') ?? ''}" under the ${meta.kind} dimension "${code.name}" went to "${FOREIGN_DIMENSION.name}".`,
        )
        addForeign(child, null)
      } else addValues(dimension, child, null)
    }
  }

  for (const element of topLevel) {
    const code = read(element)
    if (code === null) continue
    const { text, meta } = readMeta(code.description)
    if (meta?.for === 'dimension') {
      addDimension(element, code, text, meta.meta)
      continue
    }
    addForeign(element, null, code)
  }

  if (foreign.length > 0) {
    dimensions.push({
      id: FOREIGN_DIMENSION.id,
      name: FOREIGN_DIMENSION.name,
      column: FOREIGN_DIMENSION.column,
      description: 'Codes imported from a REFI-QDA file, with their hierarchy.',
      kind: 'multi',
      scope: 'span',
      required: false,
      values: foreign,
      showWhen: null,
    })
  }
  if (notCodable > 0) {
    report.push(
      `${notCodable} code${notCodable === 1 ? ' was' : 's were'} marked not codable (a group) in the file; in Newscoder they are values like the others.`,
    )
  }
  return { dimensions, targets, speakers, report }
}
