import type { ImportedArticle, ImportInput, ParseOptions } from '../../shared/import/importTypes'
import { mapTable } from '../../shared/import/mapTable'
import { parseFile } from '../../shared/import/parseFile'
import { MAX_IMPORT_FILE_BYTES } from '../../shared/ipc/contract'
import { sha256Hex } from '../../shared/text/sha256Hex'
import type {
  EngineEvent,
  EngineInput,
  EngineRequest,
  PreparedArticle,
  SourceFile,
} from './importProtocol'
import { loadProjectTexts } from './loadProjectTexts'
import { ProjectDuplicateIndex } from './ProjectDuplicateIndex'

/** Reads a browser File into the shape main hands over; files over the limit stay unread. */
async function toImportInput(input: EngineInput): Promise<ImportInput> {
  if (!(input instanceof Blob)) return input
  const bytes =
    input.size > MAX_IMPORT_FILE_BYTES ? null : new Uint8Array(await input.arrayBuffer())
  return { name: input.name, size: input.size, bytes }
}

// Lets queued messages (a cancel) in between files: parsing resolves in microtasks only.
const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * The import engine: parses files, maps tables, hashes texts and matches duplicates, emitting one
 * event per file. It runs in the import worker (importWorker.ts) and, where there is no Worker
 * (unit tests), in-process. It reads Dexie for the duplicate index but never writes (ADR 0006).
 * `pdfjs` loads pdf.js with its worker set up (the import worker passes the browser's; in-process
 * the importers' default, pdf.js's Node build, is used).
 */
export function createImportEngineCore(
  emit: (event: EngineEvent) => void,
  pdfjs?: ParseOptions['pdfjs'],
) {
  const indexes = new Map<string, ProjectDuplicateIndex>()
  const controllers = new Map<number, AbortController>()

  async function indexFor(projectId: string): Promise<ProjectDuplicateIndex> {
    let index = indexes.get(projectId)
    if (index === undefined) {
      index = new ProjectDuplicateIndex()
      indexes.set(projectId, index)
    }
    const target = index
    await loadProjectTexts(projectId, target.known, (entries) => {
      for (const entry of entries) target.add(entry)
    })
    return target
  }

  function prepare(
    index: ProjectDuplicateIndex,
    articles: ImportedArticle[],
    source: SourceFile,
  ): PreparedArticle[] {
    return articles.map((article) => {
      const id = crypto.randomUUID()
      const duplicate = index.matchAndAdd({ id, title: article.title, text: article.text })
      return { id, article, textHash: sha256Hex(article.text), source, duplicate }
    })
  }

  async function parse(request: Extract<EngineRequest, { type: 'parse' }>): Promise<void> {
    const { runId, files } = request
    const controller = new AbortController()
    controllers.set(runId, controller)
    const index = await indexFor(request.projectId)
    index.settle()
    let i = 0
    for (; i < files.length; i += 1) {
      await yieldToMessages()
      if (controller.signal.aborted) break
      const file = files[i] as EngineInput
      emit({ type: 'file-started', runId, index: i, name: file.name })
      const input = await toImportInput(file)
      const source: SourceFile = {
        name: input.name,
        size: input.size,
        sha256: input.bytes ? sha256Hex(input.bytes) : null,
      }
      const outcome = await parseFile(input, {
        signal: controller.signal,
        ...(pdfjs ? { pdfjs } : {}),
      })
      if (!outcome.ok) {
        const { error, detail } = outcome
        emit({ type: 'file-failed', runId, index: i, name: input.name, error, detail })
      } else if (outcome.kind === 'table') {
        emit({ type: 'file-table', runId, index: i, source, table: outcome.table })
      } else {
        const prepared = prepare(index, outcome.articles, source)
        emit({
          type: 'file-articles',
          runId,
          index: i,
          source,
          prepared,
          warnings: outcome.warnings ?? [],
        })
      }
    }
    controllers.delete(runId)
    const unprocessed = files.slice(i).map((f) => f.name)
    emit({ type: 'parse-done', runId, cancelled: controller.signal.aborted, unprocessed })
  }

  async function map(request: Extract<EngineRequest, { type: 'map' }>): Promise<void> {
    const { runId, source } = request
    const index = await indexFor(request.projectId)
    const { articles, errors } = mapTable(request.table, request.mapping)
    const prepared = prepare(index, articles, source)
    emit({ type: 'mapped', runId, source, prepared, errors: errors.map((e) => e.message) })
  }

  /** Handles one request; failures become an `engine-error` event instead of a lost promise. */
  return async function handle(request: EngineRequest): Promise<void> {
    try {
      if (request.type === 'cancel') controllers.get(request.runId)?.abort()
      else if (request.type === 'parse') await parse(request)
      else await map(request)
    } catch (error) {
      emit({ type: 'engine-error', runId: request.runId, error: (error as Error).message })
    }
  }
}
