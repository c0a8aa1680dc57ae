import { CONSENSUS_CODER, isReservedCoderName } from '../../shared/agreement/consensusCoder'
import { db } from '../db/NewscoderDb'
import { useSession } from '../state/sessionStore'

type Theme = 'system' | 'light' | 'dark'

/** Settings kept between sessions. */
export type StoredSettings = { coder: string | null; theme: Theme; lastProjectId: string | null }

/** Reads the stored settings; missing ones come back as null/defaults. */
export async function loadSettings(): Promise<StoredSettings> {
  const rows = await db.settings.bulkGet(['coder', 'theme', 'lastProjectId'])
  const [coder, theme, last] = rows.map((r) => r?.value)
  return {
    coder: typeof coder === 'string' && coder.trim() ? coder : null,
    theme: theme === 'light' || theme === 'dark' ? theme : 'system',
    lastProjectId: typeof last === 'string' ? last : null,
  }
}

/** Stores one setting. */
export async function saveSetting(
  key: 'coder' | 'theme' | 'lastProjectId',
  value: string,
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key, value })
  })
}

/** Sets the coder identity recorded on new annotations, and remembers it. */
export async function changeCoder(name: string): Promise<void> {
  const trimmed = name.trim()
  if (trimmed === '') throw new Error('The coder name cannot be empty.')
  if (trimmed.length > 100) throw new Error('Coder names are limited to 100 characters.')
  if (isReservedCoderName(trimmed)) {
    throw new Error(`“${CONSENSUS_CODER}” is reserved for the adjudicated consensus layer.`)
  }
  await saveSetting('coder', trimmed)
  useSession.getState().setCoder(trimmed)
}

/** Sets and remembers the colour theme. */
export async function changeTheme(theme: Theme): Promise<void> {
  await saveSetting('theme', theme)
  useSession.getState().setTheme(theme)
}
