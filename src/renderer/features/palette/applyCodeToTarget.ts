import type { CodedValue } from '../../../shared/domain/annotation'
import type { Dimension } from '../../../shared/domain/codebook'
import { DIM } from '../../../shared/codebook/sourcingAndStance'
import { createAnnotation, updateAnnotationCodes } from '../../actions/annotationActions'
import { usualSourceType } from '../../actions/speakerActions'
import { db } from '../../db/NewscoderDb'
import { useSession } from '../../state/sessionStore'
import { applicableValues } from '../../../shared/codebook/applicableValues'

/** A code to apply: a value of a span dimension (a value id, or a speaker id). */
export type SpanCode = { dimension: Dimension; value: string }

// A multiple-choice value is added to what is there; any other kind replaces it.
function withCode(values: Record<string, CodedValue>, code: SpanCode): Record<string, CodedValue> {
  const { dimension, value } = code
  if (dimension.kind !== 'multi') return { ...values, [dimension.id]: value }
  const current = values[dimension.id]
  const list = Array.isArray(current) ? current : []
  if (list.includes(value)) return values
  const ids = dimension.values.map((v) => v.id).filter((id) => id === value || list.includes(id))
  return { ...values, [dimension.id]: ids }
}

// A chosen speaker brings their usual source type, as in the tagging panel, unless one is set.
async function withUsualSourceType(
  values: Record<string, CodedValue>,
  code: SpanCode,
  dimensions: readonly Dimension[],
): Promise<Record<string, CodedValue>> {
  if (code.dimension.kind !== 'speaker' || typeof values[DIM.sourceType] === 'string') return values
  if (!dimensions.some((d) => d.id === DIM.sourceType)) return values
  const sourceType = await usualSourceType(code.value)
  return sourceType ? { ...values, [DIM.sourceType]: sourceType } : values
}

/**
 * Applies one span code to what the coder is working on: the reader's selection becomes a new
 * span carrying the code (and is then open for editing, to add more), or the active span gets the
 * code added. Both are undoable like any tag or edit. Throws a user-facing error when there is
 * neither a selection nor an active span.
 */
export async function applyCodeToTarget(
  projectId: string,
  dimensions: readonly Dimension[],
  code: SpanCode,
): Promise<void> {
  const { documentId, selection, activeAnnotationId } = useSession.getState()
  if (documentId !== null && selection !== null) {
    const values = await withUsualSourceType(withCode({}, code), code, dimensions)
    const annotation = await createAnnotation({
      documentId,
      projectId,
      ...selection,
      values: applicableValues(dimensions, values),
      memo: '',
    })
    useSession.getState().setActiveAnnotation(annotation.id)
    return
  }
  const annotation = activeAnnotationId ? await db.annotations.get(activeAnnotationId) : undefined
  if (!annotation || annotation.deletedAt !== null) {
    throw new Error('Select text in the article or click a span first, then apply the code.')
  }
  const values = await withUsualSourceType(withCode(annotation.values, code), code, dimensions)
  await updateAnnotationCodes(annotation.id, {
    values: applicableValues(dimensions, values),
    memo: annotation.memo,
  })
}
