import type { ShortcutDescription } from '../../shortcuts/globalShortcuts'

type ShortcutTableProps = { caption: string; shortcuts: readonly ShortcutDescription[] }

/** A captioned two-column table of keys and what they do. */
export function ShortcutTable({ caption, shortcuts }: ShortcutTableProps) {
  return (
    <table className="shortcut-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Keys</th>
          <th scope="col">Action</th>
        </tr>
      </thead>
      <tbody>
        {shortcuts.map((s) => (
          <tr key={`${s.keys}-${s.description}`}>
            <td>
              <kbd>{s.keys}</kbd>
            </td>
            <td>{s.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
