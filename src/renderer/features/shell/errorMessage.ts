/** The user-facing text of a thrown value; actions throw Errors whose messages are written for users. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
