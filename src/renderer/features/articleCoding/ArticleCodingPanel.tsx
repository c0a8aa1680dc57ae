import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { CodedValue } from '../../../shared/domain/annotation'
import type { CodingStatus } from '../../../shared/domain/articleCoding'
import { setArticleValue, setCodingStatus } from '../../actions/articleCodingActions'
import { useSession } from '../../state/sessionStore'
import { runAppCommand } from '../../shortcuts/appCommands'
import { useProjectCodebook } from '../annotations/useProjectCodebook'
import { errorMessage } from '../shell/errorMessage'
import { shownDimensions } from '../../../shared/codebook/applicableValues'
import { DimensionControl } from '../tagging/DimensionControl'
import '../tagging/tagging.css'
import './articleCoding.css'
import { codingStatuses, codingStatusLabels } from './codingStatusLabels'
import { useArticleCoding } from './useArticleCoding'

type Props = { documentId: string; projectId: string }

const fail = (error: unknown) => useSession.getState().notify('error', errorMessage(error))

// Typed answers are written when the field is left, not per keystroke (one undo step each).
const TYPED_KINDS = new Set(['text', 'number'])

/**
 * The article-level form beside the reader: one control per article-scope dimension of the
 * codebook (by kind, as in the tagging panel, honouring skip logic) and the coding status. Every
 * change is written at once for the current coder; there is no save button.
 */
export function ArticleCodingPanel({ documentId, projectId }: Props) {
  const coder = useSession((s) => s.coder)
  const codebook = useProjectCodebook(projectId)
  const stored = useArticleCoding(documentId, coder)
  const [open, setOpen] = useState(true)
  const [values, setValues] = useState<Record<string, CodedValue>>({})
  const drafts = useRef(new Map<string, CodedValue>())
  const statusName = useId()
  const bodyId = useId()

  // The stored row wins (undo, another window), except over an answer still being typed.
  useEffect(() => {
    setValues({ ...stored?.values, ...Object.fromEntries(drafts.current) })
  }, [stored])

  const dimensions = useMemo(
    () => (codebook?.dimensions ?? []).filter((d) => d.scope === 'article'),
    [codebook],
  )
  const shown = shownDimensions(dimensions, values)
  const status: CodingStatus = stored?.status ?? 'not_started'

  const change = (dimensionId: string, kind: string, value: CodedValue) => {
    setValues((v) => ({ ...v, [dimensionId]: value }))
    if (TYPED_KINDS.has(kind)) drafts.current.set(dimensionId, value)
    else setArticleValue(documentId, dimensionId, value).catch(fail)
  }

  const commitDrafts = () => {
    for (const [dimensionId, value] of drafts.current) {
      setArticleValue(documentId, dimensionId, value).catch(fail)
    }
    drafts.current.clear()
  }

  return (
    <section className="nc-article" aria-labelledby={`${bodyId}-heading`}>
      <h2 id={`${bodyId}-heading`} className="nc-article__heading">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((o) => !o)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> Article coding
        </button>
        <span className={`nc-article__status nc-article__status--${status}`}>
          {codingStatusLabels[status]}
        </span>
      </h2>
      <div id={bodyId} hidden={!open} className="nc-article__body" onBlur={commitDrafts}>
        {dimensions.length === 0 ? (
          <p className="nc-article__hint">
            This codebook has no article-level dimensions; add them in the codebook to code whole
            articles (primary frame, tone, relevance …).
          </p>
        ) : (
          shown.map((d) => (
            <DimensionControl
              key={d.id}
              dimension={d}
              projectId={projectId}
              value={values[d.id]}
              onChange={(v) => change(d.id, d.kind, v)}
              focusRef={() => undefined}
            />
          ))
        )}
        <fieldset className="nc-article__statuses">
          <legend className="nc-tag__label">Coding status</legend>
          {codingStatuses.map((s) => (
            <label key={s} className="nc-tag__radio">
              <input
                type="radio"
                name={statusName}
                checked={status === s}
                onChange={() => setCodingStatus(documentId, s).catch(fail)}
              />
              <span>{codingStatusLabels[s]}</span>
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className="nc-button nc-button--primary"
          aria-keyshortcuts="Control+Enter Meta+Enter"
          title="Mark complete and open the next article to code (Ctrl+Enter)"
          onClick={() => {
            commitDrafts()
            void runAppCommand('complete-and-next')
          }}
        >
          Complete and next
        </button>
      </div>
    </section>
  )
}
