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

/** Number of distinct coder colours (theme.css `--nc-coder-0` … `--nc-coder-5`). */
export const CODER_COLOURS = 6

/** A coder's colour slot: coders sorted by name, numbered, cycling after six. */
export function coderColourIndex(coders: readonly string[], coder: string): number {
  const sorted = [...new Set(coders)].sort()
  return Math.max(0, sorted.indexOf(coder)) % CODER_COLOURS
}
