import type { NewsDocument } from '../../../shared/domain/document'
import { platform } from '../../platform/platform'

/** Only web links open externally; anything else in a stored URL is shown but not followed. */
const isWebLink = (url: string) => /^https?:\/\//i.test(url)

/** Title and metadata of the open article, with its source link and required attribution. */
export function ReaderHeader({ doc }: { doc: NewsDocument }) {
  const meta = [doc.outlet, doc.author, doc.date].filter((part) => part.trim() !== '')
  return (
    <header className="nc-reader__header">
      <h1 className="nc-reader__title">{doc.title || 'Untitled document'}</h1>
      {meta.length > 0 && <p className="nc-reader__meta">{meta.join(' · ')}</p>}
      {doc.url !== '' && (
        <p className="nc-reader__meta">
          {isWebLink(doc.url) ? (
            <a
              href={doc.url}
              onClick={(event) => {
                // Never navigate the app window itself: hand the link to the system browser.
                event.preventDefault()
                void platform.openExternal(doc.url)
              }}
            >
              {doc.url}
            </a>
          ) : (
            doc.url
          )}
        </p>
      )}
      {doc.attribution.trim() !== '' && <p className="nc-reader__attribution">{doc.attribution}</p>}
    </header>
  )
}
