import type { MenuCommand, PickedFile } from '../../shared/ipc/contract'
import type { DurabilityPort } from './electronDurability'
import type { TeamTransport } from './teamTransport'

/**
 * A file to import: bytes read by main (Electron) or a browser `File`, read later by the import
 * worker so that hundreds of files are never all in memory on the UI thread.
 */
export type ImportPick = PickedFile | File

/** Where the renderer runs: the desktop app or a plain browser tab. */
export type PlatformKind = 'electron' | 'browser'

/** A file to save: a name suggestion, its text (or bytes, for zip and xlsx), and the filter shown in a save dialog. */
export type SaveRequest = {
  defaultName: string
  content: string | Uint8Array<ArrayBuffer>
  filterName: string
  extensions: string[]
}

/** Files to save together (`saveFilesToFolder`): the folder dialog's title and each file. */
export type SaveFilesRequest = {
  title: string
  files: { name: string; content: string | Uint8Array<ArrayBuffer> }[]
}

/** What `openFiles` asks for: the dialog's title and the filter of the files it wants. */
export type OpenFilesKind = {
  title: string
  filterName: string
  extensions: string[]
  /** Larger files come back unread (`bytes: null`); default `MAX_IMPORT_FILE_BYTES`. */
  maxBytes?: number
}

/**
 * Everything the renderer needs from the operating system. Features call this interface, never
 * `window.api`, so the same UI runs in Electron and in browser mode.
 */
export interface PlatformApi {
  kind: PlatformKind
  /**
   * Lets the user choose files of any supported type, or folders (`folder: true`: every
   * importable file inside, at any depth); resolves to [] when canceled.
   */
  openImportFiles(options: { folder: boolean }): Promise<ImportPick[]>
  /**
   * Lets the user choose files of one kind (e.g. coder packages: json, ncpkg), offered first in
   * the dialog's filter, and reads their bytes; resolves to [] when canceled.
   */
  openFiles(kind: OpenFilesKind): Promise<PickedFile[]>
  /** Saves (Electron: save dialog) or downloads (browser) a file; resolves to false when canceled. */
  saveFile(request: SaveRequest): Promise<boolean>
  /**
   * Saves several files of one export together: Electron asks for a folder once and writes them
   * all there (a taken name gets " (2)"); the browser downloads each. Resolves to the names the
   * files were saved under, or null when canceled.
   */
  saveFilesToFolder(request: SaveFilesRequest): Promise<string[] | null>
  /** The coder name to use before the user sets one: the OS user name, or "Coder 1" in a browser. */
  defaultCoderName(): Promise<string>
  /** Opens an http(s) link in the system browser (Electron) or a new tab (browser). */
  openExternal(url: string): Promise<void>
  /** Subscribes to native menu commands; browser mode has none. Returns an unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Journal and snapshots in main (desktop app); null in browser mode, which has neither. */
  durability: DurabilityPort | null
  /** Requests to a team's CouchDB server and the kept password (see `TeamTransport`). */
  team: TeamTransport
}
