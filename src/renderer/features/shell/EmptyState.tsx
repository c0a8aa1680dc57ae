import { runAppCommand } from '../../shortcuts/appCommands'

type EmptyStateProps = { kind: 'no-project' | 'no-documents' | 'no-selection' }

/** What the centre shows when there is nothing to read, with the actions that fix that. */
export function EmptyState({ kind }: EmptyStateProps) {
  if (kind === 'no-project') {
    return (
      <div className="empty-state">
        <h2>No project open</h2>
        <p>Create a project to start importing and coding articles.</p>
        <button type="button" className="primary" onClick={() => void runAppCommand('new-project')}>
          New project
        </button>
      </div>
    )
  }
  if (kind === 'no-selection') {
    return (
      <div className="empty-state">
        <h2>Choose an article</h2>
        <p>Pick an article from the list to read and code it.</p>
      </div>
    )
  }
  return (
    <div className="empty-state">
      <h2>No articles yet — Import .txt files, drop them here, or paste text</h2>
      <div className="empty-actions">
        <button type="button" className="primary" onClick={() => void runAppCommand('import')}>
          Import .txt files
        </button>
        <button type="button" onClick={() => void runAppCommand('paste')}>
          Paste text
        </button>
      </div>
    </div>
  )
}
