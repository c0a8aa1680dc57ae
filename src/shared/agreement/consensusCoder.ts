/**
 * The reserved coder name of the consensus layer: annotations settled in adjudication are stored
 * as annotations of this coder, so they export like any coder's and the CSV's `coder` column says
 * so. No person may take this name (Settings refuses it, case-insensitively).
 */
export const CONSENSUS_CODER = 'Consensus'

/** True when `name` is the reserved consensus name, in any letter case and spacing. */
export function isReservedCoderName(name: string): boolean {
  return name.trim().toLowerCase() === CONSENSUS_CODER.toLowerCase()
}
