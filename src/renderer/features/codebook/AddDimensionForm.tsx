import { useState, type FormEvent } from 'react'
import type { Dimension } from '../../../shared/domain/codebook'
import { KindOptions } from './kindOptions'

type Props = {
  onAdd: (name: string, kind: Dimension['kind'], scope: Dimension['scope']) => Promise<boolean>
}

/** Name, kind and scope of a new dimension; its export column is derived from the name. */
export function AddDimensionForm({ onAdd }: Props) {
  const [name, setName] = useState('')
  const [kind, setKind] = useState<Dimension['kind']>('single')
  const [scope, setScope] = useState<Dimension['scope']>('span')
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (await onAdd(name, kind, scope)) setName('')
  }
  return (
    <form className="cb-add" onSubmit={submit} aria-label="Add a dimension">
      <label className="cb-field">
        <span>New dimension</span>
        <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="cb-field">
        <span>Kind of new dimension</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as Dimension['kind'])}>
          <KindOptions />
        </select>
      </label>
      <label className="cb-field">
        <span>New dimension applies to</span>
        <select value={scope} onChange={(e) => setScope(e.target.value as Dimension['scope'])}>
          <option value="span">Spans</option>
          <option value="article">Whole article</option>
        </select>
      </label>
      <button type="submit">Add dimension</button>
    </form>
  )
}
