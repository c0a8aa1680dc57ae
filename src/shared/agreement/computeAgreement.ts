import type { Dimension } from '../domain/codebook'
import type {
  AgreementArticleCoding,
  AgreementInput,
  AgreementReport,
  AgreementSpan,
  CoefficientRow,
  Diagnostics,
  UnmatchedSpan,
} from './agreementTypes'
import { bootstrapAlpha } from './bootstrapAlpha'
import { cohenKappa } from './cohenKappa'
import type { DimensionComparison } from './dimensionValues'
import { planDimension } from './dimensionValues'
import { fleissKappa } from './fleissKappa'
import { krippendorffAlpha } from './krippendorffAlpha'
import { describeMatchingRule } from './matchingRule'
import { matchSpans } from './matchSpans'
import { percentAgreement } from './percentAgreement'
import type { CodedUnit } from './reliabilityMatrix'
import { reliabilityMatrix } from './reliabilityMatrix'
import { spanBoundaryAlpha } from './spanBoundaryAlpha'
import { splitSentences } from './splitSentences'
import type { CodeValue } from './types'

/** Confidence level of every reported interval. */
export const CONFIDENCE = 0.95

/** Bootstrap resamples when the input names none. */
export const DEFAULT_RESAMPLES = 1000

type Context = { rule: string; seed: number; resamples: number }

/** Every unordered pair of coders, in the given order. */
export function coderPairs(coders: readonly string[]): [string, string][] {
  const pairs: [string, string][] = []
  for (let i = 0; i < coders.length; i++) {
    for (let j = i + 1; j < coders.length; j++)
      pairs.push([coders[i] as string, coders[j] as string])
  }
  return pairs
}

/** Fleiss' counts (units × values) over the units every coder coded; null if there are none. */
function fleissCounts(data: CodeValue[][]): number[][] | null {
  const values = new Map<CodeValue, number>()
  const complete: CodeValue[][] = []
  const units = data[0]?.length ?? 0
  for (let u = 0; u < units; u++) {
    const column = data.map((row) => row[u] as CodeValue)
    if (column.some((v) => v === null)) continue
    complete.push(column)
    for (const v of column) if (!values.has(v)) values.set(v, values.size)
  }
  if (complete.length === 0) return null
  return complete.map((column) => {
    const counts = new Array<number>(values.size).fill(0)
    for (const v of column) {
      const at = values.get(v) as number
      counts[at] = (counts[at] as number) + 1
    }
    return counts
  })
}

function compareDimension(
  dimension: Dimension,
  comparison: DimensionComparison,
  units: readonly CodedUnit[],
  coders: readonly string[],
  ctx: Context,
): { rows: CoefficientRow[]; diagnostics: Diagnostics } | null {
  const base = {
    dimensionId: dimension.id,
    dimension: dimension.name,
    scope: dimension.scope,
    level: comparison.level,
    values: comparison.scope,
  }
  const options = comparison.order ? { order: comparison.order } : {}
  const rows: CoefficientRow[] = []
  const data = reliabilityMatrix(units, coders, dimension.id, comparison)
  // No chosen coder gave a value: every coefficient would be undefined, which says nothing.
  if (data.every((values) => values.every((v) => v === null))) return null
  const alpha = krippendorffAlpha(data, comparison.level, options)
  const ci = bootstrapAlpha(data, comparison.level, {
    ...options,
    seed: ctx.seed,
    resamples: ctx.resamples,
    confidence: CONFIDENCE,
  })
  const all = [...coders]
  const alphaRow = (
    value: number,
    n: number,
    values: number,
    who: string[],
    lo: number | null,
    hi: number | null,
  ): CoefficientRow => ({
    ...base,
    coefficient: 'krippendorff_alpha',
    value,
    ciLow: lo,
    ciHigh: hi,
    units: n,
    pairableValues: values,
    coders: who,
  })
  rows.push(alphaRow(alpha.alpha, alpha.units, alpha.pairableValues, all, ci.lower, ci.upper))
  const nominal = comparison.level === 'nominal'
  const percent = percentAgreement(data)
  if (nominal) {
    rows.push({
      ...base,
      coefficient: 'percent_agreement',
      value: percent.agreement,
      ciLow: null,
      ciHigh: null,
      units: percent.units,
      pairableValues: null,
      coders: all,
    })
  }
  if (nominal && coders.length === 2) {
    const kappa = cohenKappa(data[0] as CodeValue[], data[1] as CodeValue[])
    rows.push({
      ...base,
      coefficient: 'cohen_kappa',
      value: kappa.kappa,
      ciLow: null,
      ciHigh: null,
      units: kappa.n,
      pairableValues: null,
      coders: all,
    })
  }
  if (nominal && coders.length > 2) {
    const counts = fleissCounts(data)
    if (counts) {
      const fleiss = fleissKappa(counts)
      rows.push({
        ...base,
        coefficient: 'fleiss_kappa',
        value: fleiss.kappa,
        ciLow: null,
        ciHigh: null,
        units: fleiss.units,
        pairableValues: null,
        coders: all,
      })
    }
  }
  if (coders.length > 2) {
    coderPairs(coders).forEach(([a, b]) => {
      const i = coders.indexOf(a)
      const j = coders.indexOf(b)
      const pair = [data[i] as CodeValue[], data[j] as CodeValue[]]
      const pa = krippendorffAlpha(pair, comparison.level, options)
      rows.push(alphaRow(pa.alpha, pa.units, pa.pairableValues, [a, b], null, null))
      if (!nominal) return
      const pp = percentAgreement(pair)
      rows.push({
        ...base,
        coefficient: 'percent_agreement',
        value: pp.agreement,
        ciLow: null,
        ciHigh: null,
        units: pp.units,
        pairableValues: null,
        coders: [a, b],
      })
      const kappa = cohenKappa(pair[0] as CodeValue[], pair[1] as CodeValue[])
      rows.push({
        ...base,
        coefficient: 'cohen_kappa',
        value: kappa.kappa,
        ciLow: null,
        ciHigh: null,
        units: kappa.n,
        pairableValues: null,
        coders: [a, b],
      })
    })
  }
  const diagnostics: Diagnostics = {
    dimensionId: dimension.id,
    dimension: dimension.name,
    level: comparison.level,
    values: alpha.values.map(String),
    coincidence: alpha.coincidence,
  }
  return { rows, diagnostics }
}

/**
 * Inter-coder agreement of a set of documents and coders, every figure a methods section needs:
 * 1. span boundaries: unitized alpha (`spanBoundaryAlpha`, all chosen documents as one continuum);
 * 2. spans are matched per document under `input.rule` (`matchSpans`); each match is a unit, and
 *    a span no other chosen coder's span matches is listed as unmatched (a unit only its coder
 *    coded, so it holds no pairable value);
 * 3. per span dimension and comparison (`planDimension`): Krippendorff's alpha over all chosen
 *    coders with a seeded percentile bootstrap CI (`bootstrapAlpha`, `input.resamples`, default
 *    1,000, 95%), percent agreement, Cohen's kappa for two coders and Fleiss' kappa (units every
 *    coder coded) for more — the kappas and percent agreement at the nominal level only; with more
 *    than two coders also alpha, percent agreement and Cohen's kappa for every pair (no CI);
 * 4. article-scope dimensions the same way, one unit per document (from the article codings).
 * Dimensions (or comparisons of them) that no chosen coder coded get no rows; their names are
 * listed in `notCoded`.
 * Returns the rows, the coincidence matrices (which values coders confuse), the unmatched spans
 * and the parameters, so that every report states the rule and the seed. Throws a RangeError for
 * fewer than two coders.
 */
export function computeAgreement(input: AgreementInput): AgreementReport {
  const coders = [...input.coders]
  if (coders.length < 2) throw new RangeError('agreement needs at least two coders')
  const chosen = new Set(coders)
  const resamples = input.resamples ?? DEFAULT_RESAMPLES
  const ctx: Context = { rule: describeMatchingRule(input.rule), seed: input.seed, resamples }
  const lengths = new Map(input.documents.map((d) => [d.id, d.length]))
  const byDocument = new Map<string, AgreementSpan[]>()
  for (const span of input.spans) {
    const length = lengths.get(span.documentId)
    if (!chosen.has(span.coder) || length === undefined || span.end > length) continue
    const list = byDocument.get(span.documentId)
    if (list) list.push(span)
    else byDocument.set(span.documentId, [span])
  }

  const spanUnits: CodedUnit[] = []
  const unmatched: UnmatchedSpan[] = []
  for (const doc of input.documents) {
    const spans = byDocument.get(doc.id)
    if (!spans) continue
    const sentences = input.rule.kind === 'sentence' ? splitSentences(doc.text ?? '') : undefined
    for (const unit of matchSpans(spans, input.rule, sentences)) {
      if (unit.spans.length === 1) {
        const { id, documentId, coder, start, end } = unit.spans[0] as AgreementSpan
        unmatched.push({ id, documentId, coder, start, end })
      }
      spanUnits.push({ byCoder: new Map(unit.spans.map((s) => [s.coder, s.values])) })
    }
  }

  const rows: CoefficientRow[] = []
  const diagnostics: Diagnostics[] = []
  const boundaries = spanBoundaryAlpha(input.documents, [...byDocument.values()].flat(), coders)
  if (boundaries) rows.push(boundaries)

  const articleMaps = input.documents.map(() => new Map<string, AgreementArticleCoding['values']>())
  const docIndex = new Map(input.documents.map((d, i) => [d.id, i]))
  for (const coding of input.articleCodings) {
    const i = docIndex.get(coding.documentId)
    if (i === undefined || !chosen.has(coding.coder)) continue
    articleMaps[i]?.set(coding.coder, coding.values)
  }
  const articleUnits: CodedUnit[] = articleMaps.map((byCoder) => ({ byCoder }))

  const notCoded = new Set<string>()
  for (const dimension of input.dimensions) {
    const units = dimension.scope === 'span' ? spanUnits : articleUnits
    for (const comparison of planDimension(dimension).comparisons) {
      const result = compareDimension(dimension, comparison, units, coders, ctx)
      if (result === null) {
        notCoded.add(dimension.name)
        continue
      }
      rows.push(...result.rows)
      diagnostics.push(result.diagnostics)
    }
  }
  return {
    coders,
    documents: input.documents.length,
    rule: input.rule,
    ruleText: ctx.rule,
    seed: input.seed,
    resamples,
    confidence: CONFIDENCE,
    spanUnits: spanUnits.length,
    matchedUnits: spanUnits.length - unmatched.length,
    rows,
    diagnostics,
    unmatched,
    notCoded: [...notCoded],
  }
}
