import type { NewsDocument } from '../../../shared/domain/document'
import type { ColumnMapping } from '../../../shared/import/importTypes'
import type { ArticleToStore } from '../../actions/importActions'
import { useSession } from '../../state/sessionStore'
import { createImportEngine, type ImportEngine } from '../../workers/createImportEngine'
import type { EngineEvent, EngineInput, PreparedArticle } from '../../workers/importProtocol'
import { ImportBatcher } from './ImportBatcher'
import { idleRun, useImportRun, type DuplicateChoice, type ImportFailure } from './importRunStore'

/** "Imported 1 article" / "Imported 3 articles". */
export function importedSummary(count: number): string {
  return `Imported ${count} ${count === 1 ? 'article' : 'articles'}`
}

const get = useImportRun.getState
const set = useImportRun.setState
let engine: ImportEngine | null = null
let batcher: ImportBatcher | null = null
// Requests of the run the engine has not answered yet, and who waits for them all to settle.
let pending = 0
let settled: (() => void) | null = null

function getEngine(): ImportEngine {
  if (engine === null) {
    engine = createImportEngine()
    engine.onEvent((event) => void onEvent(event))
  }
  return engine
}

const fail = (failure: ImportFailure) => set((s) => ({ failures: [...s.failures, failure] }))

function onStored(docs: NewsDocument[]): void {
  set((s) => ({
    articlesStored: s.articlesStored + docs.length,
    firstDocumentId: s.firstDocumentId ?? docs[0]?.id ?? null,
  }))
}

function onStoreFailed(items: ArticleToStore[], error: Error): void {
  const names = new Set(items.map((i) => i.prepared.source.name))
  for (const name of names) {
    fail({ name, reason: `could not be stored (${error.message}); nothing of it was kept.` })
  }
}

/** New articles go to the store in batches; duplicates wait for the user's choice. */
function accept(prepared: PreparedArticle[]): void {
  const fresh = prepared.filter((p) => p.duplicate === null)
  const duplicates = prepared.filter((p) => p.duplicate !== null)
  if (duplicates.length > 0) set((s) => ({ duplicates: [...s.duplicates, ...duplicates] }))
  batcher?.add(fresh.map((p) => ({ prepared: p })))
}

async function onEvent(event: EngineEvent): Promise<void> {
  if (event.runId !== get().runId) return
  switch (event.type) {
    case 'file-started':
      set({ currentFile: event.name })
      return
    case 'file-articles':
      set((s) => ({
        filesDone: s.filesDone + 1,
        warnings: [
          ...s.warnings,
          ...event.warnings.map((reason) => ({ name: event.source.name, reason })),
        ],
      }))
      accept(event.prepared)
      return
    case 'file-table': {
      const key = JSON.stringify(event.table.columns)
      set((s) => {
        const tables = [...s.tables]
        const at = tables.findIndex((g) => JSON.stringify(g.columns) === key)
        const entry = { source: event.source, table: event.table }
        if (at < 0) tables.push({ columns: event.table.columns, files: [entry] })
        else tables[at] = { ...tables[at]!, files: [...tables[at]!.files, entry] }
        return { filesDone: s.filesDone + 1, tables }
      })
      return
    }
    case 'file-failed':
      // The app's own fault (a broken build, a parser bug): tell the developer console too.
      if (event.detail !== undefined) console.error(`Import of ${event.name} failed:`, event.detail)
      set((s) => ({ filesDone: s.filesDone + 1 }))
      fail({ name: event.name, reason: event.error })
      return
    case 'parse-done':
      set({ cancelled: event.cancelled, notReached: event.unprocessed, currentFile: '' })
      break
    case 'mapped':
      for (const reason of event.errors) fail({ name: event.source.name, reason })
      accept(event.prepared)
      break
    case 'engine-error':
      fail({ name: get().currentFile || 'Import', reason: event.error })
      break
  }
  pending -= 1
  if (pending > 0) return
  await batcher?.flush()
  advance()
  settled?.()
}

/** Moves the run to its next step: mapping, duplicates, or the end. */
function advance(): void {
  const run = get()
  if (run.cancelled && run.tables.length > 0) {
    for (const group of run.tables) {
      for (const f of group.files)
        fail({
          name: f.source.name,
          reason: 'not imported: the import was cancelled before its columns were mapped.',
        })
    }
    set({ tables: [] })
  }
  if (get().tables.length > 0) return enterStep('mapping')
  if (get().duplicates.length > 0) return enterStep('duplicates')
  finish()
}

function enterStep(phase: 'mapping' | 'duplicates'): void {
  set({ phase })
  useSession.getState().setOverlay('import')
}

function finish(): void {
  const run = get()
  set({ phase: 'done', currentFile: '' })
  const session = useSession.getState()
  if (run.firstDocumentId !== null && session.projectId === run.projectId) {
    session.openDocument(run.firstDocumentId)
  }
  const clean =
    run.failures.length === 0 &&
    !run.cancelled &&
    run.duplicatesSkipped === 0 &&
    run.warnings.length === 0
  if (!clean) return session.setOverlay('import')
  session.notify('info', `${importedSummary(run.articlesStored)}.`)
  // A step dialog (mapping, duplicates) may have had the overlay; a clean run needs no summary.
  if (session.overlay === 'import') session.setOverlay(null)
}

function request(work: () => void): Promise<void> {
  return new Promise((resolve) => {
    settled = resolve
    work()
  })
}

/**
 * Imports files into a project: the one path for the file picker, folders and drag and drop.
 * Resolves when the files are read and stored, or when the run waits for the user (mapping,
 * duplicates). A file that fails never stops the others; every failure is kept for the summary.
 */
export function startImport(projectId: string, files: EngineInput[]): Promise<void> {
  const phase = get().phase
  if (phase === 'running' || phase === 'mapping' || phase === 'duplicates') {
    useSession.getState().notify('error', 'An import is already running; wait for it or cancel it.')
    return Promise.resolve()
  }
  if (files.length === 0) return Promise.resolve()
  const runId = get().runId + 1
  set({ ...idleRun, phase: 'running', runId, projectId, filesTotal: files.length }, true)
  batcher = new ImportBatcher(projectId, onStored, onStoreFailed)
  pending = 1
  return request(() => getEngine().post({ type: 'parse', runId, projectId, files }))
}

/** Stops the running import after the current file; what is stored stays. */
export function cancelImport(): void {
  const run = get()
  if (run.phase === 'running') getEngine().post({ type: 'cancel', runId: run.runId })
}

/** Imports the first waiting group of tables with the user's column mapping. */
export function confirmMapping(mapping: ColumnMapping): Promise<void> {
  const run = get()
  const [group, ...rest] = run.tables
  if (!group || run.projectId === null) return Promise.resolve()
  const projectId = run.projectId
  set({ tables: rest, phase: 'running' })
  pending = group.files.length
  return request(() => {
    for (const f of group.files) {
      getEngine().post({
        type: 'map',
        runId: run.runId,
        projectId,
        source: f.source,
        table: f.table,
        mapping,
      })
    }
  })
}

/** Leaves the first waiting group of tables out of the import, and says so in the summary. */
export function skipMapping(): void {
  const [group, ...rest] = get().tables
  if (!group) return
  for (const f of group.files)
    fail({ name: f.source.name, reason: 'not imported: its columns were not mapped.' })
  set({ tables: rest })
  advance()
}

/**
 * Applies the user's choice to every waiting duplicate (a missing choice means skip): skipped
 * ones are counted in the summary, the others are stored, linked ones with `duplicateOf`.
 */
export async function resolveDuplicates(choices: Record<string, DuplicateChoice>): Promise<void> {
  const run = get()
  const choiceOf = (p: PreparedArticle) => choices[p.id] ?? 'skip'
  const skippedIds = new Set(run.duplicates.filter((p) => choiceOf(p) === 'skip').map((p) => p.id))
  const items: ArticleToStore[] = []
  for (const p of run.duplicates) {
    const choice = choiceOf(p)
    if (choice === 'skip') continue
    const target = p.duplicate?.documentId
    // A link to an article of this import that was itself skipped would point nowhere.
    const link = choice === 'link' && target !== undefined && !skippedIds.has(target)
    items.push(link ? { prepared: p, duplicateOf: target } : { prepared: p })
  }
  set({
    duplicates: [],
    phase: 'running',
    duplicatesSkipped: skippedIds.size,
    duplicatesImported: items.length,
  })
  batcher?.add(items)
  await batcher?.flush()
  finish()
}

/** Closes the summary of a finished run. */
export function closeImport(): void {
  if (get().phase === 'done') set({ phase: 'idle' })
  useSession.getState().setOverlay(null)
}
