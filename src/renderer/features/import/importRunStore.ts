import { create } from 'zustand'
import type { TabularData } from '../../../shared/import/importTypes'
import type { PreparedArticle, SourceFile } from '../../workers/importProtocol'

/** Where a run is: parsing and storing, waiting for a mapping or a duplicate choice, or done. */
export type ImportPhase = 'idle' | 'running' | 'mapping' | 'duplicates' | 'done'

/** A file (or row range) that was not imported, and why, in the user's terms. */
export type ImportFailure = { name: string; reason: string }

/** Table files with the same columns, mapped once in the "Map columns" step. */
export type TableGroup = { columns: string[]; files: { source: SourceFile; table: TabularData }[] }

/** The user's choice for a duplicate. */
export type DuplicateChoice = 'skip' | 'import' | 'link'

/** The state of the current (or last) import run, shown by the progress bar and the dialogs. */
export type ImportRunState = {
  phase: ImportPhase
  runId: number
  projectId: string | null
  filesTotal: number
  filesDone: number
  currentFile: string
  articlesStored: number
  firstDocumentId: string | null
  failures: ImportFailure[]
  warnings: ImportFailure[]
  tables: TableGroup[]
  duplicates: PreparedArticle[]
  duplicatesImported: number
  duplicatesSkipped: number
  cancelled: boolean
  /** Files never read because the import was cancelled. */
  notReached: string[]
}

/** A run's starting state. */
export const idleRun: ImportRunState = {
  phase: 'idle',
  runId: 0,
  projectId: null,
  filesTotal: 0,
  filesDone: 0,
  currentFile: '',
  articlesStored: 0,
  firstDocumentId: null,
  failures: [],
  warnings: [],
  tables: [],
  duplicates: [],
  duplicatesImported: 0,
  duplicatesSkipped: 0,
  cancelled: false,
  notReached: [],
}

/** The import run; research data is in Dexie, this holds only the run's progress and queues. */
export const useImportRun = create<ImportRunState>()(() => idleRun)

/** Resets the run (tests; Zustand stores are module singletons). */
export function resetImportRun(): void {
  useImportRun.setState(idleRun, true)
}
