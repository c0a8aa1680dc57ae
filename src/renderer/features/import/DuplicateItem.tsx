import type { PreparedArticle } from '../../workers/importProtocol'
import type { DuplicateChoice } from './importRunStore'

/** The three choices for a duplicate, with their accessible names. */
export const DUPLICATE_CHOICES: { value: DuplicateChoice; label: string }[] = [
  { value: 'skip', label: 'Skip' },
  { value: 'import', label: 'Import anyway' },
  { value: 'link', label: 'Import and link' },
]

/** How an incoming article matches: exact, or the estimated share of shared wording. */
export function describeMatch(item: PreparedArticle): string {
  const match = item.duplicate
  if (!match) return ''
  const where = match.inThisImport ? ' (earlier in this import)' : ''
  const what =
    match.kind === 'exact'
      ? 'Same text as'
      : `${Math.round(match.similarity * 100)} % the same wording as`
  return `${what} “${match.title || 'Untitled'}”${where}`
}

type DuplicateItemProps = {
  item: PreparedArticle
  choice: DuplicateChoice
  onChoose: (choice: DuplicateChoice) => void
}

/** One duplicate: the incoming article, the document it matches, and the user's choice. */
export function DuplicateItem({ item, choice, onChoose }: DuplicateItemProps) {
  const title = item.article.title || 'Untitled'
  return (
    <li className="duplicate-item">
      <fieldset>
        <legend>{title}</legend>
        <p className="duplicate-source">
          From {item.source.name}. {describeMatch(item)}.
        </p>
        <div className="duplicate-choices">
          {DUPLICATE_CHOICES.map((c) => (
            <label key={c.value}>
              <input
                type="radio"
                name={`duplicate-${item.id}`}
                value={c.value}
                checked={choice === c.value}
                onChange={() => onChoose(c.value)}
              />
              {c.label}
            </label>
          ))}
        </div>
      </fieldset>
    </li>
  )
}
