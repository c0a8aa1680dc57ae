import type { PickedFile } from '../../shared/ipc/contract'
import { MAX_IMPORT_FILE_BYTES } from '../../shared/ipc/contract'

/**
 * Reads browser File objects (file input, drag and drop) into the same shape main hands over, so
 * one import path serves both; files over the size limit (`maxBytes`) are not
 * read at all.
 */
export async function readDroppedFiles(
  files: Iterable<File>,
  maxBytes: number = MAX_IMPORT_FILE_BYTES,
): Promise<PickedFile[]> {
  const out: PickedFile[] = []
  for (const file of files) {
    const bytes = file.size > maxBytes ? null : new Uint8Array(await file.arrayBuffer())
    out.push({ name: file.name, size: file.size, bytes })
  }
  return out
}
