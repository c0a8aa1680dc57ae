import { strToU8, zipSync } from 'fflate'
import type { ProjectExportInput } from '../export/exportTables'
import { projectToQde } from './projectToQde'

/**
 * Returns a REFI-QDA project archive (`.qdpx`): a zip with `project.qde` at its root and each text
 * as UTF-8 `sources/<guid>.txt` (lower-case folder, as the standard names it), plus the number of
 * annotations left out as orphans (see `projectToQde`).
 */
export function projectToQdpx(input: ProjectExportInput): {
  bytes: Uint8Array<ArrayBuffer>
  skipped: number
} {
  const { xml, sources, skipped } = projectToQde(input)
  const entries: Record<string, Uint8Array> = { 'project.qde': strToU8(xml) }
  for (const s of sources) entries[s.path] = strToU8(s.text)
  // fflate allocates a fresh ArrayBuffer-backed array for its output.
  return { bytes: zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>, skipped }
}
