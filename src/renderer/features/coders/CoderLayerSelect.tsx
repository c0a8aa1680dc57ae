import { useMemo } from 'react'
import { useSession, type CoderLayer } from '../../state/sessionStore'
import { useDocumentAnnotations } from '../annotations/useDocumentAnnotations'
import { CoderLegend } from './CoderLegend'
import { useBlindMode } from './useBlindMode'
import './coders.css'

const encode = (layer: CoderLayer): string =>
  layer.kind === 'coder' ? `coder:${layer.coder}` : layer.kind

function decode(value: string): CoderLayer {
  if (value === 'mine' || value === 'all') return { kind: value }
  return { kind: 'coder', coder: value.slice('coder:'.length) }
}

/**
 * The "Show coder" select: the user's own spans, everyone's, or one other coder's (the coders with
 * spans in this document), with the coder colour legend when several coders are shown. In blind
 * mode it is disabled and says why.
 */
export function CoderLayerSelect({
  projectId,
  documentId,
}: {
  projectId: string
  documentId: string
}) {
  const layer = useSession((s) => s.coderLayer)
  const me = useSession((s) => s.coder)
  const annotations = useDocumentAnnotations(documentId)
  const blind = useBlindMode(projectId, documentId, me)
  const coders = useMemo(
    () => [...new Set([me, ...(annotations ?? []).map((a) => a.coder)])].sort(),
    [annotations, me],
  )
  const others = coders.filter((c) => c !== me)
  // Only "All coders" can show several coders; the legend lists those with spans here.
  const shown = useMemo(
    () => [...new Set((annotations ?? []).map((a) => a.coder))].sort(),
    [annotations],
  )
  return (
    <div className="nc-coder-layer">
      <label>
        <span>Show coder</span>
        <select
          value={blind ? 'mine' : encode(layer)}
          disabled={blind}
          onChange={(e) => useSession.getState().setCoderLayer(decode(e.target.value))}
        >
          <option value="mine">Mine ({me})</option>
          <option value="all">All coders</option>
          {others.map((c) => (
            <option key={c} value={`coder:${c}`}>
              {c}
            </option>
          ))}
        </select>
      </label>
      {blind && (
        <span className="nc-coder-layer__note">
          Blind coding: others hidden until you mark this document complete
        </span>
      )}
      {!blind && layer.kind === 'all' && shown.length > 1 && <CoderLegend coders={shown} />}
    </div>
  )
}
