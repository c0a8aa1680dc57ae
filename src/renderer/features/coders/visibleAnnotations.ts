import type { Annotation } from '../../../shared/domain/annotation'
import type { CoderLayer } from '../../state/sessionStore'

/**
 * The spans a layer shows: all of them, the user's own, or one other coder's. In blind mode
 * (`blind`) only the user's own spans are shown, whatever the layer. Returns `list` itself when
 * nothing is filtered, so views keyed on the list do not redraw.
 */
export function visibleAnnotations(
  list: Annotation[],
  layer: CoderLayer,
  me: string,
  blind: boolean,
): Annotation[] {
  if (blind || layer.kind === 'mine') {
    return list.every((a) => a.coder === me) ? list : list.filter((a) => a.coder === me)
  }
  if (layer.kind === 'all') return list
  return list.filter((a) => a.coder === layer.coder)
}
