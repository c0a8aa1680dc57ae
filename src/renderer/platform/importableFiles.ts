import { IMPORT_FILE_EXTENSIONS } from '../../shared/ipc/contract'

/** The file input's `accept` list for importing: every supported extension. */
export const IMPORT_ACCEPT = IMPORT_FILE_EXTENSIONS.map((e) => `.${e}`).join(',')

/**
 * Whether a file found inside a folder (picked or dropped) is imported: hidden files (.DS_Store)
 * and other types (photos, PDFs' sidecars) are left out, as main does for Electron's folder
 * dialog. Files picked or dropped one by one are all tried, so an unsupported one gets a message.
 */
export function importableInFolder(name: string): boolean {
  if (name.startsWith('.')) return false
  const dot = name.lastIndexOf('.')
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
  return (IMPORT_FILE_EXTENSIONS as readonly string[]).includes(extension)
}
