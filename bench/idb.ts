import type { Page } from '@playwright/test'
import type { BenchProject } from './generateProject'

type Rows = Partial<
  Record<
    | 'projects'
    | 'codebooks'
    | 'speakers'
    | 'documents'
    | 'texts'
    | 'annotations'
    | 'settings'
    | 'syncOutbox',
    unknown[]
  >
>

/**
 * Writes rows straight into the app's IndexedDB ('newscoder', created by Dexie on the first load)
 * in one readwrite transaction per call, with the raw IndexedDB API: Dexie stores plain objects.
 */
export async function putRows(page: Page, rows: Rows): Promise<void> {
  // One JSON string crosses the protocol much faster than Playwright's serialisation of an object graph.
  await page.evaluate(async (json) => {
    const all = JSON.parse(json) as Record<string, unknown[] | undefined>
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('newscoder')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
      req.onupgradeneeded = () => reject(new Error('the app has not created its database yet'))
    })
    try {
      const stores = Object.keys(all).filter((k) => (all[k] ?? []).length > 0)
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(stores, 'readwrite')
        for (const store of stores) {
          const os = tx.objectStore(store)
          for (const row of all[store] ?? []) os.put(row)
        }
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
        tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'))
      })
    } finally {
      db.close()
    }
  }, JSON.stringify(rows))
}

/**
 * Inserts a generated project and makes it the one the app opens next ('lastProjectId'). Large
 * projects go in chunks of `chunk` annotations, each in its own transaction, so that
 * no single Playwright message gets huge.
 */
export async function insertProject(page: Page, data: BenchProject, chunk = 10_000): Promise<void> {
  await putRows(page, {
    projects: [data.project],
    codebooks: [data.codebook],
    speakers: data.speakers,
    documents: data.documents,
  })
  for (let i = 0; i < data.texts.length; i += 100) {
    await putRows(page, { texts: data.texts.slice(i, i + 100) })
  }
  for (let i = 0; i < data.annotations.length; i += chunk) {
    await putRows(page, { annotations: data.annotations.slice(i, i + chunk) })
  }
  await putRows(page, { settings: [{ key: 'lastProjectId', value: data.project.id }] })
}

/** Counts a store's rows whose index `index` equals `key` (a check that the data is all there). */
export async function countRows(
  page: Page,
  store: string,
  index: string,
  key: string,
): Promise<number> {
  return page.evaluate(
    async ({ store, index, key }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('newscoder')
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
      try {
        return await new Promise<number>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).index(index).count(key)
          req.onsuccess = () => resolve(req.result)
          req.onerror = () => reject(req.error)
        })
      } finally {
        db.close()
      }
    },
    { store, index, key },
  )
}
