/**
 * Asks the browser to keep this origin's storage under pressure instead of evicting it (Chromium
 * grants it to installed apps and often to sites in use). Resolves to whether storage is
 * persistent; false where the API is missing.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
  if (!storage?.persist) return false
  try {
    return (await storage.persisted()) || (await storage.persist())
  } catch {
    return false
  }
}
