import type { CodedValue } from '../domain/annotation'
import type { Dimension } from '../domain/codebook'
import { codePointToUtf16 } from '../offsets/codePoints'
import type { CodeTarget } from './codesToDimensions'
import type { XmlElement } from './parseRefiXml'
import { attribute, childText, children } from './parseRefiXml'
import type { ImportedSpan } from './qdpxToProject'
import { normaliseGuid } from './refiGuid'
import { decodeXmlText } from './xmlSafe'

/** What `readSelection` needs to know about the selection's source and the project. */
export type SelectionContext = {
  text: string
  /** Length of `text` in code points, counted once per source. */
  codePoints: number
  sourceGuid: string
  sourceName: string
  users: ReadonlyMap<string, string>
  targets: ReadonlyMap<string, CodeTarget>
  dimensions: readonly Dimension[]
  /** Problems are appended here. */
  report: string[]
}

/** Coder name for selections whose creating user is missing or unknown. */
export const UNKNOWN_CODER = 'Imported'

const time = (value: string | null): number | null => {
  if (value === null) return null
  const ms = Date.parse(value)
  return Number.isFinite(ms) ? ms : null
}

/** Restores "Dimension: value" lines that projectToQde wrote for text and number dimensions. */
function freeValues(
  description: string,
  dimensions: readonly Dimension[],
  values: Record<string, CodedValue>,
): string {
  const memo: string[] = []
  for (const line of description.split('\n')) {
    const d = dimensions.find(
      (x) => (x.kind === 'text' || x.kind === 'number') && line.startsWith(`${x.name}: `),
    )
    const raw = d === undefined ? '' : line.slice(d.name.length + 2)
    if (d === undefined || d.id in values) memo.push(line)
    else if (d.kind === 'text') values[d.id] = raw
    else if (Number.isFinite(Number(raw)) && raw.trim() !== '') values[d.id] = Number(raw)
    else memo.push(line)
  }
  return memo.join('\n')
}

/**
 * Returns one `<PlainTextSelection>` as a span of the source text, or null (and a line in the
 * report) when its offsets are not integers, empty, or outside the text. REFI-QDA counts 0-based
 * Unicode code points, end exclusive; they become UTF-16 offsets here. Each `<Coding>` sets a
 * value through its code's target: a value of a multi-choice dimension is added, a single-choice
 * dimension keeps the first value (a second is reported), a yes/no code sets true, a speaker code
 * names the speaker; unknown codes and dimension headings are reported. The description becomes
 * the memo, except for lines that restore text and number values.
 */
export function readSelection(
  selection: XmlElement,
  context: SelectionContext,
): ImportedSpan | null {
  const { text, report } = context
  const guid = normaliseGuid(attribute(selection, 'guid') ?? '')
  const rawStart = attribute(selection, 'startPosition') ?? ''
  const rawEnd = attribute(selection, 'endPosition') ?? ''
  const where = `A selection in “${context.sourceName}”`
  if (!/^\s*\d+\s*$/.test(rawStart) || !/^\s*\d+\s*$/.test(rawEnd)) {
    report.push(
      `${where} has offsets that are not whole numbers (${rawStart}..${rawEnd}); skipped.`,
    )
    return null
  }
  const startCp = Number(rawStart)
  const endCp = Number(rawEnd)
  const length = context.codePoints
  if (endCp > length || startCp >= endCp) {
    report.push(
      endCp > length
        ? `${where} (${startCp}..${endCp}) lies outside the text of ${length} characters; skipped.`
        : `${where} (${startCp}..${endCp}) is empty; skipped.`,
    )
    return null
  }
  const values: Record<string, CodedValue> = {}
  for (const coding of children(selection, 'Coding')) {
    const ref = children(coding, 'CodeRef')[0]
    const code = normaliseGuid((ref && attribute(ref, 'targetGUID')) ?? '')
    const target = context.targets.get(code)
    if (target === undefined || target.kind === 'none') {
      report.push(
        target === undefined
          ? `${where} refers to an unknown code ${code}; that coding was skipped.`
          : `${where} applies the heading “${target.name}”; that coding was skipped.`,
      )
    } else if (target.kind === 'boolean') values[target.dimensionId] = true
    else if (target.kind === 'speaker') values[target.dimensionId] ??= target.speakerId
    else if (target.multi) {
      const list = values[target.dimensionId]
      const ids = Array.isArray(list) ? list : []
      if (!ids.includes(target.valueId)) values[target.dimensionId] = [...ids, target.valueId]
    } else if (values[target.dimensionId] === undefined) values[target.dimensionId] = target.valueId
    else if (values[target.dimensionId] !== target.valueId) {
      report.push(`${where} has two values of a single-choice dimension; the first was kept.`)
    }
  }
  const user = attribute(selection, 'creatingUser')
  const coder = (user === null ? '' : context.users.get(normaliseGuid(user))) || UNKNOWN_CODER
  const memo = freeValues(
    decodeXmlText(childText(selection, 'Description')),
    context.dimensions,
    values,
  )
  return {
    guid,
    sourceGuid: context.sourceGuid,
    start: codePointToUtf16(text, startCp),
    end: codePointToUtf16(text, endCp),
    coder,
    values,
    memo,
    createdAt: time(attribute(selection, 'creationDateTime')),
    updatedAt: time(attribute(selection, 'modifiedDateTime')),
  }
}
