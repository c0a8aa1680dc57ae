import { z } from 'zod'
import { journalChangeSchema } from '../journal/journalChange'
import type { JournalEntry } from '../journal/journalChange'
import type { SnapshotInfo } from '../journal/snapshotInfo'
import { snapshotNameSchema, snapshotReasonSchema } from '../journal/snapshotInfo'

/**
 * The one IPC contract between renderer and main. Every channel has a request schema that main
 * parses before acting, and a response type. Handlers answer with an `IpcResult` instead of
 * throwing, so the renderer always gets a message it can show.
 */

/** Largest single text file that is imported (bytes); larger files are refused with this limit named. */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024

/**
 * Largest file `dialog:open-files` may be asked to read (bytes): a project backup or a REFI-QDA
 * project of a large study is far above the import limit, but still one file held in memory.
 */
export const MAX_OPEN_FILE_BYTES = 1024 * 1024 * 1024

/**
 * Extensions (lower case, no dot) the import accepts: the file dialog's filter and what a folder
 * import picks up. The importers decide the rest, file by file.
 */
export const IMPORT_FILE_EXTENSIONS = [
  'txt',
  'md',
  'html',
  'htm',
  'mhtml',
  'docx',
  'pdf',
  'rtf',
  'csv',
  'tsv',
  'jsonl',
  'xlsx',
] as const

/** Most files one folder import reads; a larger folder is refused with this number named. */
export const MAX_IMPORT_FOLDER_FILES = 5000

/** Largest export the save dialog writes in one go (bytes); guards main against a runaway renderer. */
export const MAX_EXPORT_BYTES = 512 * 1024 * 1024

/** Largest snapshot archive main accepts (bytes); a whole database of 200,000 spans is far below it. */
export const MAX_SNAPSHOT_BYTES = 1024 * 1024 * 1024

/** Most changes one transaction may journal in one request. */
export const MAX_JOURNAL_BATCH = 200_000

/** Largest request or response body a team-server request carries (bytes of text). */
export const MAX_TEAM_BODY = 64 * 1024 * 1024

const httpUrl = z
  .string()
  .url()
  .max(8000)
  .refine((u) => /^https?:\/\//i.test(u), 'only http(s) servers')

/** A team member on a server: whose stored password a request may use. */
const teamAccount = z.object({ server: httpUrl, user: z.string().min(1).max(60) }).strict()

/**
 * A request to a team's CouchDB server, made by main (so the desktop app needs no CORS and its
 * page no network permission). With `as`, main adds that account's stored password, and only
 * for an address on that server; without, the request goes as given (the set-up's one-time
 * admin credentials travel in its own Authorization header).
 */
export type TeamHttpRequest = {
  url: string
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE' | 'COPY'
  headers: Record<string, string>
  body: string | null
  as: { server: string; user: string } | null
}

/** What a team-server request got: an HTTP answer, or why there was none. */
export type TeamHttpResponse =
  | {
      kind: 'response'
      status: number
      statusText: string
      headers: Record<string, string>
      body: string
    }
  | { kind: 'network-error'; message: string; code?: string }

/** How a password was kept: encrypted by the OS (`safeStorage`), or for this session only. */
export type CredentialStorage = 'encrypted' | 'session'

/** A file picked by the user, read by main and handed to the renderer as bytes. */
export type PickedFile = {
  name: string
  size: number
  /** null when the file was over `MAX_IMPORT_FILE_BYTES` and was therefore not read. */
  bytes: Uint8Array | null
}

/** Success or a user-facing error message; what every handler returns. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string }

/** Commands that native menus send to the renderer, shared with keyboard shortcuts. */
export const menuCommandSchema = z.enum([
  'import',
  'paste',
  'export',
  'undo',
  'redo',
  'help',
  'new-project',
  'settings',
])

/** A native-menu command forwarded to the renderer. */
export type MenuCommand = z.infer<typeof menuCommandSchema>

/** Request schemas by channel. Main rejects any request that does not parse. */
export const ipcRequestSchemas = {
  'app:info': z.object({}).strict(),
  /** Picks files of one kind (a backup, a coder package), offered first in the dialog's filter. */
  'dialog:open-files': z
    .object({
      title: z.string().min(1).max(100),
      filterName: z.string().min(1).max(100),
      extensions: z
        .array(z.string().regex(/^[a-z0-9]{1,10}$/))
        .min(1)
        .max(5),
      /** Files larger than this come back unread (`bytes: null`); default `MAX_IMPORT_FILE_BYTES`. */
      maxBytes: z.number().int().positive().max(MAX_OPEN_FILE_BYTES).optional(),
    })
    .strict(),
  /** `folder: true` picks folders, whose importable files (at any depth) are read. */
  'dialog:open-import-files': z.object({ folder: z.boolean() }).strict(),
  'dialog:save-file': z
    .object({
      defaultName: z
        .string()
        .min(1)
        .max(200)
        .regex(/^[^/\\:*?"<>|\0]+$/, 'file name must not contain path separators'),
      // Bytes for binary exports (zip, xlsx, qdpx); text for CSV and JSON.
      content: z.union([
        z.string().max(MAX_EXPORT_BYTES),
        z
          .instanceof(Uint8Array)
          .refine((b) => b.byteLength <= MAX_EXPORT_BYTES, 'export too large'),
      ]),
      filterName: z.string().max(100),
      extensions: z
        .array(z.string().regex(/^[a-z0-9]{1,10}$/))
        .min(1)
        .max(5),
    })
    .strict(),
  /** Several files of one export, written into one folder the user picks once. */
  'dialog:save-files-to-folder': z
    .object({
      title: z.string().min(1).max(100),
      files: z
        .array(
          z
            .object({
              name: z
                .string()
                .min(1)
                .max(200)
                .regex(/^[^/\\:*?"<>|\0]+$/, 'file name must not contain path separators')
                .refine((n) => n !== '.' && n !== '..', 'not a file name'),
              content: z.union([z.string(), z.instanceof(Uint8Array)]),
            })
            .strict(),
        )
        .min(1)
        .max(16)
        .refine(
          (files) =>
            files.reduce(
              (sum, f) =>
                sum + (typeof f.content === 'string' ? f.content.length : f.content.byteLength),
              0,
            ) <= MAX_EXPORT_BYTES,
          'export too large',
        ),
    })
    .strict(),
  'shell:open-external': z
    .object({
      url: z
        .string()
        .url()
        .max(4000)
        .refine((u) => /^https?:\/\//i.test(u), 'only http(s) links open'),
    })
    .strict(),
  'journal:append': z
    .object({ changes: z.array(journalChangeSchema).min(1).max(MAX_JOURNAL_BATCH) })
    .strict(),
  'durability:state': z.object({}).strict(),
  'journal:read': z.object({ afterSeq: z.number().int().nonnegative() }).strict(),
  'snapshot:write': z
    .object({
      bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_SNAPSHOT_BYTES),
      seq: z.number().int().nonnegative(),
      reason: snapshotReasonSchema,
      counts: z.record(z.string().max(100), z.number().int().nonnegative()),
    })
    .strict(),
  'snapshot:list': z.object({}).strict(),
  'snapshot:read': z.object({ name: snapshotNameSchema }).strict(),
  /** Keeps a team password, encrypted with Electron's safeStorage, in main's user-data folder. */
  'team:save-credentials': teamAccount.extend({ password: z.string().min(1).max(1000) }).strict(),
  'team:forget-credentials': teamAccount,
  'team:has-credentials': teamAccount,
  'team:request': z
    .object({
      url: httpUrl,
      method: z.enum(['GET', 'HEAD', 'PUT', 'POST', 'DELETE', 'COPY']),
      headers: z.record(z.string().max(200), z.string().max(8000)),
      body: z.string().max(MAX_TEAM_BODY).nullable(),
      as: teamAccount.nullable(),
    })
    .strict(),
} as const

/** Channel names of the contract. */
export type IpcChannel = keyof typeof ipcRequestSchemas

/** Request type of a channel. */
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcRequestSchemas)[C]>

/** Information about the running app, for the coder identity and the About box. */
export type AppInfo = { userName: string; version: string; platform: string }

/** What main knows about the journal and snapshots at start, for the recovery check. */
export type DurabilityState = {
  /** Last sequence number the journal and the latest snapshot together hold. */
  journalSeq: number
  /** Entries in the journal after compaction. */
  journalEntries: number
  /** Torn or damaged lines that were not taken as data. */
  invalidLines: number
  /** Transactions cut short by a crash, left out. */
  droppedTransactions: number
  latestSnapshot: SnapshotInfo | null
  /** True on the first start of a new app or Electron version (snapshot before anything else). */
  versionChanged: boolean
}

/** Response value type of each channel. */
export type IpcResponses = {
  'app:info': AppInfo
  'dialog:open-files': PickedFile[]
  'dialog:open-import-files': PickedFile[]
  'dialog:save-file': { path: string } | { canceled: true }
  /** The folder and the names the files were written under (a name already taken gets " (2)"). */
  'dialog:save-files-to-folder': { folder: string; names: string[] } | { canceled: true }
  'shell:open-external': true
  'journal:append': { seq: number }
  'durability:state': DurabilityState
  'journal:read': JournalEntry[]
  'snapshot:write': SnapshotInfo
  'snapshot:list': SnapshotInfo[]
  'snapshot:read': Uint8Array
  'team:save-credentials': CredentialStorage
  'team:forget-credentials': true
  'team:has-credentials': boolean
  'team:request': TeamHttpResponse
}

/** The channel on which main pushes menu commands to the renderer. */
export const MENU_COMMAND_CHANNEL = 'menu:command'

/**
 * The channel on which main, before quitting, asks the renderer for a snapshot; the renderer
 * answers by writing it over `snapshot:write` with reason 'quit'.
 */
export const SNAPSHOT_REQUEST_CHANNEL = 'snapshot:request'

/**
 * The API the preload exposes as `window.api`: one function per channel and subscriptions for
 * menu commands and snapshot requests, nothing else.
 */
export type PreloadApi = {
  [C in IpcChannel]: (request: IpcRequest<C>) => Promise<IpcResult<IpcResponses[C]>>
} & {
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void
  onSnapshotRequest: (listener: () => void) => () => void
}
