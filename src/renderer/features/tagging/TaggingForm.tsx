import { useMemo, useRef, useState } from 'react'
import type { Annotation, CodedValue } from '../../../shared/domain/annotation'
import type { Dimension } from '../../../shared/domain/codebook'
import { DIM } from '../../../shared/codebook/sourcingAndStance'
import {
  cleanValues,
  createAnnotation,
  deleteAnnotation,
  hasCodes,
  updateAnnotationCodes,
} from '../../actions/annotationActions'
import { usualSourceType } from '../../actions/speakerActions'
import type { TextRange } from '../../state/sessionStore'
import { useSession } from '../../state/sessionStore'
import { truncateText } from '../annotations/truncateText'
import { applicableValues, shownDimensions } from '../../../shared/codebook/applicableValues'
import { DimensionControl } from './DimensionControl'
import { focusReader } from './focusReader'
import { useTaggingKeys } from './useTaggingKeys'
import { valueShortcuts } from './valueShortcuts'

/** What the form codes: a new selection, or a stored span being edited. */
export type TaggingTarget =
  | { kind: 'new'; documentId: string; range: TextRange; quote: string }
  | { kind: 'edit'; annotation: Annotation }

type Props = { target: TaggingTarget; projectId: string; dimensions: readonly Dimension[] }

/** Quotes longer than this are shortened in the panel; the full text is in the reader. */
const QUOTE_CHARS = 160

const fail = (error: unknown) =>
  useSession.getState().notify('error', error instanceof Error ? error.message : String(error))

/**
 * The codes of one span: a control per span dimension of the codebook, a memo, and Save / Cancel
 * (and Delete when editing). Mounted with a key per target, so a new selection starts empty and
 * an edited span starts from its stored codes.
 */
export function TaggingForm({ target, projectId, dimensions }: Props) {
  const initial = target.kind === 'edit' ? target.annotation : null
  const [values, setValues] = useState<Record<string, CodedValue>>(() => ({ ...initial?.values }))
  const [memo, setMemo] = useState(initial?.memo ?? '')
  const [busy, setBusy] = useState(false)
  const panelRef = useRef<HTMLFormElement>(null)
  const fields = useRef(new Map<string, HTMLElement>())
  const memoRef = useRef<HTMLTextAreaElement>(null)
  const shortcuts = useMemo(() => valueShortcuts(dimensions), [dimensions])
  // Skip logic: a dimension whose condition is not met is neither shown nor saved.
  const shown = shownDimensions(dimensions, values)

  const setValue = (dimensionId: string, value: CodedValue) =>
    setValues((v) => ({ ...v, [dimensionId]: value }))

  const chooseSpeaker = (dimensionId: string, speakerId: CodedValue) => {
    setValue(dimensionId, speakerId)
    if (typeof speakerId !== 'string' || !dimensions.some((d) => d.id === DIM.sourceType)) return
    // Pre-fill only an empty source type: a coder's explicit choice always wins.
    void usualSourceType(speakerId).then((sourceType) => {
      if (!sourceType) return
      setValues((v) =>
        typeof v[DIM.sourceType] === 'string' && v[DIM.sourceType] !== ''
          ? v
          : { ...v, [DIM.sourceType]: sourceType },
      )
    }, fail)
  }

  const cancel = () => {
    useSession.getState().setSelection(null)
    focusReader()
  }

  const save = async () => {
    if (busy) return
    const codes = { values: cleanValues(applicableValues(dimensions, values)), memo }
    if (!hasCodes(codes)) {
      useSession.getState().notify('info', 'Choose at least one code or write a memo')
      return
    }
    setBusy(true)
    try {
      if (target.kind === 'new') {
        await createAnnotation({
          documentId: target.documentId,
          projectId,
          ...target.range,
          ...codes,
        })
      } else {
        await updateAnnotationCodes(target.annotation.id, codes)
      }
      useSession.getState().setSelection(null)
      focusReader(target.kind === 'new' ? target.range.end : target.annotation.end)
    } catch (error) {
      fail(error)
      setBusy(false)
    }
  }

  const remove = async () => {
    if (target.kind !== 'edit') return
    useSession.getState().setActiveAnnotation(null)
    focusReader()
    await deleteAnnotation(target.annotation.id).catch(fail)
  }

  useTaggingKeys(panelRef, {
    save: () => void save(),
    cancel,
    pickShortcut: (key) => {
      const shortcut = shortcuts.get(key.toLowerCase())
      if (!shortcut || !shown.some((d) => d.id === shortcut.dimension.id)) return false
      const { dimension: d, valueId } = shortcut
      const current = values[d.id]
      if (d.kind === 'multi') {
        const list = Array.isArray(current) ? current : []
        const next = list.includes(valueId) ? list.filter((x) => x !== valueId) : [...list, valueId]
        setValue(
          d.id,
          d.values.map((v) => v.id).filter((id) => next.includes(id)),
        )
      } else {
        // Pressing the chosen value's key again clears it.
        setValue(d.id, current === valueId ? null : valueId)
      }
      return true
    },
    focusField: (key) => {
      const dimension =
        key === 's'
          ? dimensions.find((d) => d.kind === 'speaker')
          : key === 't'
            ? dimensions.find((d) => d.id === DIM.sourceType)
            : undefined
      const element = key === 'm' ? memoRef.current : dimension && fields.current.get(dimension.id)
      element?.focus()
      return element != null
    },
  })

  const quote = target.kind === 'new' ? target.quote : target.annotation.exact
  return (
    <form
      ref={panelRef}
      className="nc-tag__form"
      aria-label={target.kind === 'new' ? 'Tag selection' : 'Edit span'}
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <blockquote className="nc-tag__quote">“{truncateText(quote, QUOTE_CHARS)}”</blockquote>
      {shown.map((d) => (
        <DimensionControl
          key={d.id}
          dimension={d}
          projectId={projectId}
          value={values[d.id]}
          onChange={(v) => (d.kind === 'speaker' ? chooseSpeaker(d.id, v) : setValue(d.id, v))}
          focusRef={(element) => {
            if (element) fields.current.set(d.id, element)
            else fields.current.delete(d.id)
          }}
        />
      ))}
      <label className="nc-tag__field">
        <span className="nc-tag__label">Memo</span>
        <textarea ref={memoRef} rows={2} value={memo} onChange={(e) => setMemo(e.target.value)} />
      </label>
      <div className="nc-tag__actions">
        <button type="submit" className="nc-button nc-button--primary" disabled={busy}>
          Save
        </button>
        <button type="button" className="nc-button" onClick={cancel}>
          Cancel
        </button>
        {target.kind === 'edit' && (
          <button
            type="button"
            className="nc-button nc-button--danger"
            onClick={() => void remove()}
          >
            Delete
          </button>
        )}
      </div>
    </form>
  )
}
