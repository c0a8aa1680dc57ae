/**
 * Returns a file name without its last extension ("report.final.txt" → "report.final"); a name
 * that is only an extension (".txt") or has none is returned whole.
 */
export function fileStem(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot > 0 ? fileName.slice(0, dot) : fileName
}
