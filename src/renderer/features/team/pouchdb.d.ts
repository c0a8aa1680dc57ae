// The part of PouchDB's API Newscoder uses, typed here: @types/pouchdb-core declares a global
// `Buffer` interface that breaks Node's own types in the same program.
declare module 'pouchdb-browser' {
  type Doc = Record<string, unknown>

  namespace PouchDB {
    type ChangesResponse = {
      results: { id: string; seq: number | string; deleted?: boolean; doc?: Doc }[]
      last_seq: number | string
    }
    type ReplicationResult = {
      ok: boolean
      docs_read: number
      docs_written: number
      doc_write_failures: number
      errors: unknown[]
    }
    type ReplicateOptions = {
      batch_size?: number
      batches_limit?: number
      checkpoint?: 'source' | 'target' | false
    }
    /** A running replication: a promise of its result that also reports each batch written. */
    type Replication = Promise<ReplicationResult> & {
      on(event: 'change', listener: (info: { docs: Doc[] }) => void): Replication
    }
    type BulkResult = { ok?: boolean; id?: string; rev?: string; error?: unknown; reason?: string }
    type AllDocsRow = {
      id: string
      key: string
      value?: { rev: string; deleted?: boolean }
      doc?: Doc | null
      error?: string
    }

    interface Database<_Content = Doc> {
      get(id: string, options?: { conflicts?: boolean; rev?: string; revs?: boolean }): Promise<Doc>
      allDocs(options: {
        keys?: string[]
        include_docs?: boolean
        conflicts?: boolean
        limit?: number
      }): Promise<{
        rows: AllDocsRow[]
        total_rows: number
      }>
      bulkDocs(docs: Doc[], options?: { new_edits?: boolean }): Promise<BulkResult[]>
      changes(options: {
        since: number | string
        limit?: number
        include_docs?: boolean
        conflicts?: boolean
      }): Promise<ChangesResponse>
      info(): Promise<{ doc_count: number; update_seq: number | string }>
      close(): Promise<void>
      destroy(): Promise<void>
      replicate: {
        to(target: Database, options?: ReplicateOptions): Replication
        from(source: Database, options?: ReplicateOptions): Replication
      }
    }
    namespace Configuration {
      type RemoteDatabaseConfiguration = {
        adapter?: string
        skip_setup?: boolean
        fetch?: typeof fetch
      }
    }
  }

  interface PouchDBConstructor {
    new (
      name: string,
      options?: { adapter?: string; skip_setup?: boolean; fetch?: typeof fetch },
    ): PouchDB.Database
    plugin(plugin: unknown): PouchDBConstructor
  }

  const PouchDB: PouchDBConstructor
  export default PouchDB
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown
  export default plugin
}
