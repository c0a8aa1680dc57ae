const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EIO: 'the disk reported an input/output error',
  EROFS: 'the disk is read-only',
  EACCES: 'permission was denied',
  EPERM: 'permission was denied',
}

/**
 * Turns a file-system error into a sentence a researcher can act on, naming the code so that
 * support can tell a full disk from a failing one. `what` says what could not be written.
 */
export function describeFsError(what: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  const reason = typeof code === 'string' && REASONS[code] ? REASONS[code] : null
  const detail = error instanceof Error ? error.message : String(error)
  if (reason) return `${what}: ${reason} (${code}). Free some space or fix the disk, then retry.`
  return `${what}: ${detail}`
}
