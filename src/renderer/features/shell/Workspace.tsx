import type { CSSProperties } from 'react'
import { useSession } from '../../state/sessionStore'
import { useGlobalShortcuts } from '../../shortcuts/useGlobalShortcuts'
import { useMenuCommands } from '../../shortcuts/useMenuCommands'
import { AnnotationPanel } from '../annotations/AnnotationPanel'
import { ArticleCodingPanel } from '../articleCoding/ArticleCodingPanel'
import { DocumentList } from '../documents/DocumentList'
import { DocumentToolbar } from '../documents/DocumentToolbar'
import { useProjectDocuments } from '../documents/useProjectDocuments'
import { DropOverlay } from '../import/DropOverlay'
import { ImportProgress } from '../import/ImportProgress'
import { useFileDrop } from '../import/useFileDrop'
import { NoticeArea } from '../notices/NoticeArea'
import { ReadOnlyBanner } from '../recovery/ReadOnlyBanner'
import { TaggingPanel } from '../tagging/TaggingPanel'
import { EmptyState } from './EmptyState'
import { OverlayHost } from './OverlayHost'
import { PaneResizer } from './PaneResizer'
import { ReaderPane } from './ReaderPane'
import { TopBar } from './TopBar'
import { usePaneWidths } from './usePaneWidths'
import './shell.css'

/** The three-column workspace: documents, the reader, and the tagging and annotation panels. */
export function Workspace() {
  useGlobalShortcuts()
  useMenuCommands()
  const dragging = useFileDrop()
  const projectId = useSession((s) => s.projectId)
  const documentId = useSession((s) => s.documentId)
  const documents = useProjectDocuments(projectId)
  const [widths, setWidths] = usePaneWidths()
  const paneStyle = {
    '--left-width': `${widths.left}px`,
    '--right-width': `${widths.right}px`,
  } as CSSProperties

  return (
    <div className="app-shell">
      <TopBar />
      <ReadOnlyBanner />
      {projectId === null ? (
        <main className="workspace-empty">
          <EmptyState kind="no-project" />
        </main>
      ) : (
        <div className="workspace" style={paneStyle}>
          <aside className="pane pane-left" aria-label="Article list">
            <DocumentList />
            <PaneResizer
              label="Resize article list"
              pane="left"
              width={widths.left}
              min={200}
              max={520}
              onResize={(left) => setWidths({ left })}
            />
          </aside>
          <main className="pane pane-center">
            {documentId !== null ? (
              <>
                <DocumentToolbar />
                <div className="reader-host">
                  <ReaderPane key={documentId} projectId={projectId} documentId={documentId} />
                </div>
              </>
            ) : documents !== undefined && documents.length === 0 ? (
              <EmptyState kind="no-documents" />
            ) : (
              <EmptyState kind="no-selection" />
            )}
          </main>
          <aside className="pane pane-right" aria-label="Coding">
            <PaneResizer
              label="Resize coding panel"
              pane="right"
              width={widths.right}
              min={260}
              max={600}
              onResize={(right) => setWidths({ right })}
            />
            {documentId !== null ? (
              <>
                <TaggingPanel documentId={documentId} projectId={projectId} />
                <ArticleCodingPanel documentId={documentId} projectId={projectId} />
                <AnnotationPanel documentId={documentId} projectId={projectId} />
              </>
            ) : (
              <p className="hint pane-hint">
                Open an article to tag its quotes and see its annotations.
              </p>
            )}
          </aside>
        </div>
      )}
      <NoticeArea />
      <ImportProgress />
      <OverlayHost />
      {dragging && <DropOverlay />}
    </div>
  )
}
