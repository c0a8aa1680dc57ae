import { useEffect, useState } from 'react'

type Props = {
  label: string
  value: string
  onCommit: (value: string) => void
  multiline?: boolean
  maxLength?: number
  className?: string
  /** Extra props for the input, e.g. a placeholder. */
  placeholder?: string
}

/**
 * A labelled text field that writes only when the user is done (blur, or Enter in a one-line
 * field), so typing a definition makes one codebook version, not one per key. Esc restores the
 * stored text. Follows the stored value when it changes elsewhere (undo, import).
 */
export function CommitField({
  label,
  value,
  onCommit,
  multiline,
  maxLength,
  className,
  placeholder,
}: Props) {
  const [draft, setDraft] = useState(value)
  useEffect(() => setDraft(value), [value])
  const commit = () => {
    if (draft !== value) onCommit(draft)
  }
  const common = {
    value: draft,
    maxLength,
    placeholder,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
  }
  return (
    <label className={className ?? 'cb-field'}>
      <span>{label}</span>
      {multiline ? (
        <textarea rows={2} {...common} />
      ) : (
        <input
          {...common}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              commit()
            } else if (e.key === 'Escape' && draft !== value) {
              e.preventDefault()
              e.stopPropagation()
              setDraft(value)
            }
          }}
        />
      )}
    </label>
  )
}
