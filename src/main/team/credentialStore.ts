import type * as FsPromises from 'node:fs/promises'
import { join } from 'node:path'
import type { SafeStorage } from 'electron'
import type { CredentialStorage } from '../../shared/ipc/contract'
import { writeFileAtomically } from '../ipc/writeFileAtomically'

/** File in the user-data folder holding the encrypted team passwords. */
export const CREDENTIALS_FILE = 'team-credentials.json'

type Account = { server: string; user: string }

type StoredEntry = Account & { secret: string }

export type CredentialStoreDeps = {
  fs: Pick<typeof FsPromises, 'readFile' | 'open' | 'rename' | 'rm'>
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>
  dataFolder: string
}

/** Team passwords of this computer's users, by server and user name. */
export type CredentialStore = {
  save(account: Account, password: string): Promise<CredentialStorage>
  forget(account: Account): Promise<void>
  password(account: Account): Promise<string | null>
}

const same = (a: Account, b: Account) => a.server === b.server && a.user === b.user

/**
 * Keeps team passwords encrypted with Electron's `safeStorage` (the OS keychain, DPAPI or the
 * desktop's secret service) in one JSON file of the user-data folder, written atomically. The
 * plain password exists only in main's memory while a request is made; the renderer never gets
 * it back. Where the OS offers no encryption, a password is kept in memory for this session
 * only ('session') rather than written in the clear.
 */
export function credentialStore(deps: CredentialStoreDeps): CredentialStore {
  const path = join(deps.dataFolder, CREDENTIALS_FILE)
  const sessionOnly: (Account & { password: string })[] = []

  async function read(): Promise<StoredEntry[]> {
    try {
      const parsed = JSON.parse(await deps.fs.readFile(path, 'utf8')) as unknown
      return Array.isArray(parsed) ? (parsed as StoredEntry[]) : []
    } catch {
      return []
    }
  }
  const write = (entries: StoredEntry[]) =>
    writeFileAtomically(deps.fs, path, `${JSON.stringify(entries, null, 2)}\n`)

  return {
    async save(account, password) {
      await this.forget(account)
      if (!deps.safeStorage.isEncryptionAvailable()) {
        sessionOnly.push({ ...account, password })
        return 'session'
      }
      const secret = deps.safeStorage.encryptString(password).toString('base64')
      await write([...(await read()), { ...account, secret }])
      return 'encrypted'
    },
    async forget(account) {
      const index = sessionOnly.findIndex((e) => same(e, account))
      if (index >= 0) sessionOnly.splice(index, 1)
      const entries = await read()
      const kept = entries.filter((e) => !same(e, account))
      if (kept.length !== entries.length) await write(kept)
    },
    async password(account) {
      const session = sessionOnly.find((e) => same(e, account))
      if (session) return session.password
      const entry = (await read()).find((e) => same(e, account))
      if (!entry || !deps.safeStorage.isEncryptionAvailable()) return null
      try {
        return deps.safeStorage.decryptString(Buffer.from(entry.secret, 'base64'))
      } catch {
        return null
      }
    },
  }
}
