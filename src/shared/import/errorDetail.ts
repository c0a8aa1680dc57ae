/**
 * The stack (or name and message) of an error, for the developer console: what an import
 * failure that is the app's fault carries as `detail` beside the sentence the user reads.
 */
export function errorDetail(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`
  return String(error)
}
