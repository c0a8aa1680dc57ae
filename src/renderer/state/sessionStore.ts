import { create } from 'zustand'

/** A span of the open document's canonical text (UTF-16 offsets, end exclusive). */
export type TextRange = { start: number; end: number }

/** Overlays and dialogs; at most one is open at a time. */
export type Overlay =
  | 'help'
  | 'import'
  | 'paste'
  | 'export'
  | 'settings'
  | 'new-project'
  | 'rename-project'
  | 'delete-project'
  | 'metadata'
  | 'coders'
  | 'agreement'
  | 'adjudication'
  | 'speakers'
  | 'palette'
  | 'codebook'
  | 'team'
  | null

/** A message shown to the user in the status area. */
/** A button on a notice that does what the notice suggests ("Back up project"). */
export type NoticeAction = { label: string; run: () => void }

export type Notice = { id: number; kind: 'info' | 'error'; text: string; action?: NoticeAction }

/**
 * Whose spans the reader and the annotation panel show: the user's own, one other coder's, or
 * everyone's. Default 'all', so single-coder projects and the sample look as before.
 */
export type CoderLayer = { kind: 'mine' } | { kind: 'all' } | { kind: 'coder'; coder: string }

/** Filter of the annotation panel: only spans carrying this value of this dimension. */
export type CodeFilter = { dimensionId: string; value: string } | null

type SessionState = {
  projectId: string | null
  documentId: string | null
  /** The current text selection in the reader, waiting to be tagged. */
  selection: TextRange | null
  /** The annotation whose codes the tagging panel edits (clicked highlight or panel row). */
  activeAnnotationId: string | null
  /** Bumped to make the reader scroll to and flash an annotation. */
  flash: { annotationId: string; nonce: number } | null
  codeFilter: CodeFilter
  coderLayer: CoderLayer
  overlay: Overlay
  notices: Notice[]
  coder: string
  theme: 'system' | 'light' | 'dark'
  /** The data comes from a newer Newscoder: shown as a banner, every write is refused. */
  readOnly: boolean
}

type SessionActions = {
  openProject: (projectId: string | null) => void
  openDocument: (documentId: string | null) => void
  setSelection: (selection: TextRange | null) => void
  setActiveAnnotation: (annotationId: string | null) => void
  flashAnnotation: (annotationId: string) => void
  setCodeFilter: (filter: CodeFilter) => void
  setCoderLayer: (layer: CoderLayer) => void
  setOverlay: (overlay: Overlay) => void
  notify: (kind: Notice['kind'], text: string, action?: NoticeAction) => void
  dismissNotice: (id: number) => void
  setCoder: (coder: string) => void
  setTheme: (theme: SessionState['theme']) => void
  setReadOnly: (readOnly: boolean) => void
}

const initialState: SessionState = {
  projectId: null,
  documentId: null,
  selection: null,
  activeAnnotationId: null,
  flash: null,
  codeFilter: null,
  coderLayer: { kind: 'all' },
  overlay: null,
  notices: [],
  coder: 'Coder 1',
  theme: 'system',
  readOnly: false,
}

let noticeCounter = 0

/**
 * The UI session: what is open and selected. Research data never lives here (Dexie is the source
 * of truth), so losing this state loses nothing.
 */
export const useSession = create<SessionState & SessionActions>()((set) => ({
  ...initialState,
  openProject: (projectId) =>
    set({
      projectId,
      documentId: null,
      selection: null,
      activeAnnotationId: null,
      codeFilter: null,
    }),
  openDocument: (documentId) =>
    set({ documentId, selection: null, activeAnnotationId: null, flash: null }),
  setSelection: (selection) => set({ selection, activeAnnotationId: null }),
  setActiveAnnotation: (activeAnnotationId) => set({ activeAnnotationId, selection: null }),
  flashAnnotation: (annotationId) =>
    set((s) => ({ flash: { annotationId, nonce: (s.flash?.nonce ?? 0) + 1 } })),
  setCodeFilter: (codeFilter) => set({ codeFilter }),
  setCoderLayer: (coderLayer) => set({ coderLayer }),
  setOverlay: (overlay) => set({ overlay }),
  notify: (kind, text, action) =>
    set((s) => ({
      notices: [
        ...s.notices.slice(-4),
        { id: ++noticeCounter, kind, text, ...(action ? { action } : {}) },
      ],
    })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setCoder: (coder) => set({ coder }),
  setTheme: (theme) => set({ theme }),
  setReadOnly: (readOnly) => set({ readOnly }),
}))

/** Resets the session to its initial state; for tests, since Zustand stores are module singletons. */
export function resetSession(): void {
  useSession.setState(initialState)
}
