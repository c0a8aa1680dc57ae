import type { DocumentMetadata } from '../../../shared/domain/document'

type MetadataFieldProps = {
  name: keyof DocumentMetadata
  label: string
  value: string
  onChange: (name: keyof DocumentMetadata, value: string) => void
  type?: 'text' | 'url'
  placeholder?: string
}

/** One labelled input of the document details form. */
export function MetadataField({
  name,
  label,
  value,
  onChange,
  type = 'text',
  placeholder,
}: MetadataFieldProps) {
  return (
    <label>
      {label}
      <input
        name={name}
        type={type}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(name, e.target.value)}
      />
    </label>
  )
}
