import { useState } from 'react'

/** Widths of the side panes in pixels; the reader takes the rest. */
export type PaneWidths = { left: number; right: number }

const STORAGE_KEY = 'newscoder.paneWidths'

/** Defaults that leave the reader a comfortable line length on a 1280-pixel window. */
const DEFAULTS: PaneWidths = { left: 280, right: 340 }

function load(): PaneWidths {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown
    if (stored && typeof stored === 'object') {
      const { left, right } = stored as Partial<PaneWidths>
      if (typeof left === 'number' && typeof right === 'number') return { left, right }
    }
  } catch {
    // Unreadable or blocked storage: layout is not worth an error, fall back to the defaults.
  }
  return DEFAULTS
}

/**
 * The side panes' widths, remembered in localStorage: a layout preference of this window, not
 * research data, so it stays out of the database.
 */
export function usePaneWidths(): [PaneWidths, (patch: Partial<PaneWidths>) => void] {
  const [widths, setWidths] = useState(load)
  const update = (patch: Partial<PaneWidths>) =>
    setWidths((current) => {
      const next = { ...current, ...patch }
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(next))
      } catch {
        // See load(): keep the new width for this session only.
      }
      return next
    })
  return [widths, update]
}
