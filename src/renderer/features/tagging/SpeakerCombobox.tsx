import type { KeyboardEvent, Ref } from 'react'
import { useId, useMemo, useState } from 'react'
import type { Speaker } from '../../../shared/domain/speaker'
import { findSpeakerByName, rankSpeakers } from '../../../shared/speakers/rankSpeakers'
import { createSpeaker } from '../../actions/speakerActions'
import { useSession } from '../../state/sessionStore'
import { useProjectSpeakers } from '../annotations/useProjectSpeakers'

type Props = {
  label: string
  projectId: string
  value: string | null
  onChange: (speakerId: string | null) => void
  inputRef?: Ref<HTMLInputElement>
}

/** An entry of the list: a registry speaker, or the offer to create one from the typed name. */
type Option = { kind: 'speaker'; speaker: Speaker } | { kind: 'create'; name: string }

/**
 * The speaker box, after the ARIA combobox pattern: typing filters the project registry (name
 * and aliases, accent- and case-insensitive, best match first), arrows move through the list,
 * Enter picks, and a name that matches no one exactly is offered as “Create …”. Keys it handles
 * are marked `defaultPrevented` so the panel's Enter/Esc shortcuts leave them alone.
 */
export function SpeakerCombobox({ label, projectId, value, onChange, inputRef }: Props) {
  const speakers = useProjectSpeakers(projectId)
  const selected = speakers.find((s) => s.id === value) ?? null
  const [query, setQuery] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const [highlight, setHighlight] = useState(0)
  const id = useId()
  const listId = `${id}-list`
  // While not typing, the box shows the chosen speaker's name.
  const text = query ?? selected?.name ?? ''

  const options = useMemo<Option[]>(() => {
    const typed = (query ?? '').trim()
    const list: Option[] = rankSpeakers(speakers, typed).map((speaker) => ({
      kind: 'speaker',
      speaker,
    }))
    if (typed !== '' && !findSpeakerByName(speakers, typed))
      list.push({ kind: 'create', name: typed })
    return list
  }, [speakers, query])

  const close = () => {
    setOpen(false)
    setQuery(null)
  }

  const pick = async (option: Option | undefined) => {
    if (!option) return
    close()
    if (option.kind === 'speaker') return onChange(option.speaker.id)
    try {
      onChange((await createSpeaker(projectId, option.name)).id)
    } catch (error) {
      useSession.getState().notify('error', error instanceof Error ? error.message : String(error))
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (delta: number) => {
      event.preventDefault()
      if (!open) return setOpen(true)
      setHighlight((h) =>
        options.length === 0 ? 0 : (h + delta + options.length) % options.length,
      )
    }
    if (event.key === 'ArrowDown') move(1)
    else if (event.key === 'ArrowUp') move(-1)
    else if (event.key === 'Enter' && open && options.length > 0) {
      event.preventDefault()
      void pick(options[Math.min(highlight, options.length - 1)])
    } else if (event.key === 'Escape' && open) {
      event.preventDefault()
      close()
    }
  }

  const activeOption =
    open && options.length > 0 ? `${id}-opt-${Math.min(highlight, options.length - 1)}` : undefined
  return (
    <div className="nc-tag__field nc-combobox">
      <label htmlFor={id} className="nc-tag__label">
        {label}
      </label>
      <input
        id={id}
        ref={inputRef}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeOption}
        placeholder="Type to search or add"
        value={text}
        onChange={(e) => {
          setQuery(e.target.value)
          setOpen(true)
          setHighlight(0)
          if (e.target.value.trim() === '') onChange(null)
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label} suggestions`}
        className="nc-combobox__list"
        hidden={!open || options.length === 0}
      >
        {open &&
          options.map((option, index) => (
            <li
              key={option.kind === 'speaker' ? option.speaker.id : 'create'}
              id={`${id}-opt-${index}`}
              role="option"
              aria-selected={index === Math.min(highlight, options.length - 1)}
              className="nc-combobox__option"
              // mousedown, not click: the input would lose focus (and close the list) first.
              onMouseDown={(e) => {
                e.preventDefault()
                void pick(option)
              }}
            >
              {option.kind === 'speaker' ? (
                <>
                  {option.speaker.name}
                  {option.speaker.affiliation !== '' && (
                    <span className="nc-combobox__hint"> · {option.speaker.affiliation}</span>
                  )}
                </>
              ) : (
                `Create “${option.name}”`
              )}
            </li>
          ))}
      </ul>
    </div>
  )
}
