import { useCallback, useState } from 'react'

/** How a click changes the selection: alone, toggled (Ctrl/⌘), or a range from the anchor (Shift). */
export type SelectMode = 'single' | 'toggle' | 'range'

/**
 * Multi-selection of list rows by id, as in file managers: a click selects one row, Ctrl/⌘+click
 * (or Space) toggles a row, Shift+click selects the range from the last clicked row. Ids are kept
 * across filtering, so a selection survives narrowing the list.
 */
export function useListSelection(order: readonly { id: string }[]) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [anchor, setAnchor] = useState<string | null>(null)

  const select = useCallback(
    (id: string, mode: SelectMode) => {
      if (mode === 'range' && anchor !== null) {
        const a = order.findIndex((d) => d.id === anchor)
        const b = order.findIndex((d) => d.id === id)
        if (a >= 0 && b >= 0) {
          const [from, to] = a < b ? [a, b] : [b, a]
          setSelected(new Set(order.slice(from, to + 1).map((d) => d.id)))
          return
        }
      }
      setAnchor(id)
      if (mode === 'toggle') {
        setSelected((s) => {
          const next = new Set(s)
          if (next.has(id)) next.delete(id)
          else next.add(id)
          return next
        })
      } else setSelected(new Set([id]))
    },
    [anchor, order],
  )

  return { selected, select, clear: () => setSelected(new Set()) }
}
