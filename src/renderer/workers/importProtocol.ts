import type {
  ColumnMapping,
  ImportedArticle,
  ImportInput,
  TabularData,
} from '../../shared/import/importTypes'

/** The original file an article came from, kept as the document's provenance. */
export type SourceFile = { name: string; size: number; sha256: string | null }

/** An existing (or earlier in this import) document whose text an incoming article repeats. */
export type DuplicateMatch = {
  kind: 'exact' | 'near'
  /** Estimated shingled Jaccard similarity, 1 for exact duplicates. */
  similarity: number
  documentId: string
  title: string
  /** True when the match is an article of the same import, not yet stored when matched. */
  inThisImport: boolean
}

/** An article ready to store: its future document id, text hash, source and duplicate match. */
export type PreparedArticle = {
  id: string
  article: ImportedArticle
  textHash: string
  source: SourceFile
  duplicate: DuplicateMatch | null
}

/** A file to import: bytes read by main (Electron) or a browser File read inside the worker. */
export type EngineInput = ImportInput | File

/** Messages from the renderer to the import engine. */
export type EngineRequest =
  | { type: 'parse'; runId: number; projectId: string; files: EngineInput[] }
  | {
      type: 'map'
      runId: number
      projectId: string
      source: SourceFile
      table: TabularData
      mapping: ColumnMapping
    }
  | { type: 'cancel'; runId: number }

/** Messages from the import engine to the renderer, one or more per file. */
export type EngineEvent =
  | { type: 'file-started'; runId: number; index: number; name: string }
  | {
      type: 'file-articles'
      runId: number
      index: number
      source: SourceFile
      prepared: PreparedArticle[]
      warnings: string[]
    }
  | { type: 'file-table'; runId: number; index: number; source: SourceFile; table: TabularData }
  | {
      type: 'file-failed'
      runId: number
      index: number
      name: string
      error: string
      /** For a failure that is the app's fault: the technical cause, for the developer console. */
      detail?: string
    }
  | { type: 'parse-done'; runId: number; cancelled: boolean; unprocessed: string[] }
  | {
      type: 'mapped'
      runId: number
      source: SourceFile
      prepared: PreparedArticle[]
      errors: string[]
    }
  | { type: 'engine-error'; runId: number; error: string }
