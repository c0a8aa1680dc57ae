import Fuse from 'fuse.js'
import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import { useSession } from '../../state/sessionStore'
import { useProjectCodebook } from '../annotations/useProjectCodebook'
import { useProjectSpeakers } from '../annotations/useProjectSpeakers'
import { useProjectDocuments } from '../documents/useProjectDocuments'
import { Modal } from '../shell/Modal'
import { useCloseOverlay } from '../shell/useCloseOverlay'
import { paletteItems, type PaletteItem } from './paletteItems'
import { hasAppCommand, runPaletteAction } from './runPaletteAction'
import { paletteQuery } from './paletteQuery'
import './palette.css'

/** The palette lists at most this many matches; typing more narrows them. */
const MAX_RESULTS = 50

/**
 * Ctrl/Cmd+K: one box that finds, fuzzily, any code value, speaker, article or action by name
 * and runs it (a code is applied to the selection or the active span). Arrow keys move, Enter
 * runs, Esc closes.
 */
export function CommandPalette() {
  const close = useCloseOverlay()
  const projectId = useSession((s) => s.projectId)
  const codebook = useProjectCodebook(projectId ?? '')
  const speakers = useProjectSpeakers(projectId ?? '')
  const documents = useProjectDocuments(projectId)
  const [query, setQuery] = useState('')
  const [highlight, setHighlight] = useState(0)
  const id = useId()

  const items = useMemo(
    () =>
      paletteItems({
        codebook: projectId === null ? null : codebook,
        speakers: projectId === null ? [] : speakers,
        documents: documents ?? [],
        hasCommand: hasAppCommand,
      }),
    [projectId, codebook, speakers, documents],
  )
  const fuse = useMemo(
    () =>
      new Fuse(items, {
        keys: [
          { name: 'label', weight: 3 },
          { name: 'keywords', weight: 1 },
        ],
        threshold: 0.4,
        ignoreLocation: true,
      }),
    [items],
  )
  const results = useMemo(
    () =>
      query.trim() === ''
        ? items.slice(0, MAX_RESULTS)
        : fuse.search(paletteQuery(query), { limit: MAX_RESULTS }).map((r) => r.item),
    [fuse, items, query],
  )
  const active = Math.min(highlight, results.length - 1)

  const run = (item: PaletteItem | undefined) => {
    if (!item) return
    close()
    const spanDimensions = (codebook?.dimensions ?? []).filter((d) => d.scope === 'span')
    void runPaletteAction(item.action, projectId ?? '', spanDimensions)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (delta: number) => {
      event.preventDefault()
      if (results.length > 0) setHighlight((active + delta + results.length) % results.length)
    }
    if (event.key === 'ArrowDown') move(1)
    else if (event.key === 'ArrowUp') move(-1)
    else if (event.key === 'Enter') {
      event.preventDefault()
      run(results[active])
    }
  }

  const optionId = (index: number) => `${id}-opt-${index}`
  return (
    <Modal title="Command palette" onClose={close} className="nc-palette">
      <input
        type="text"
        role="combobox"
        aria-label="Search commands"
        aria-expanded={results.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={results.length > 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="Type a code, speaker, article or action"
        className="nc-palette__input"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setHighlight(0)
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Commands" className="nc-palette__list">
        {results.map((item, index) => (
          <li
            key={item.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="nc-palette__option"
            // mousedown, not click: the input keeps focus until the entry runs.
            onMouseDown={(e) => {
              e.preventDefault()
              run(item)
            }}
            onMouseMove={() => index !== active && setHighlight(index)}
          >
            <span>{item.label}</span>
            <span className="nc-palette__group">{item.group}</span>
          </li>
        ))}
      </ul>
      {results.length === 0 && <p className="hint">Nothing matches “{query}”.</p>}
    </Modal>
  )
}
