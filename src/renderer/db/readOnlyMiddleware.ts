import type { DBCore, Middleware } from 'dexie'

/** Why every write is refused while the database comes from a newer Newscoder. */
export const READ_ONLY_MESSAGE = 'This data was written by a newer Newscoder; it is open read-only.'

let readOnly = false

/**
 * Turns the refusal of every write on or off. Set when the database on disk has a newer schema
 * than this build knows: rows of a shape it does not know must never be written back.
 */
export function setDatabaseReadOnly(value: boolean): void {
  readOnly = value
}

/** Whether writes are refused (see `setDatabaseReadOnly`). */
export function isDatabaseReadOnly(): boolean {
  return readOnly
}

/**
 * A DBCore middleware that rejects every mutation (add, put, delete, clear) while read-only, with
 * `READ_ONLY_MESSAGE`: one place guards every action, bulk operation and restore, so no write path
 * can be forgotten. The transaction the write belongs to then aborts, leaving nothing half-done.
 */
export function readOnlyMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'readOnly',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return {
          ...table,
          mutate: (request) =>
            readOnly
              ? Promise.reject(
                  Object.assign(new Error(READ_ONLY_MESSAGE), { name: 'ReadOnlyError' }),
                )
              : table.mutate(request),
        }
      },
    }),
  }
}
