import type { CustomScheme, Protocol } from 'electron'
import { readFile } from 'node:fs/promises'
import { APP_SCHEME } from './appOrigin'
import { rendererProtocolHandler } from './rendererProtocolHandler'

/**
 * app:// privileges. `standard` gives it real origins (app://newscoder) and `secure` makes that a
 * secure context - together what IndexedDB, crypto.subtle and the Clipboard API need.
 * `supportFetchAPI` and `corsEnabled` let module scripts (which Vite emits with `crossorigin`)
 * load; `codeCache` keeps V8's compiled code between starts.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: true,
    codeCache: true,
  },
}

/** Must run before the app's `ready` event: Chromium fixes scheme privileges at startup. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
}

/** Serves the built renderer folder on app:// (after `ready`). */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, rendererProtocolHandler({ rendererDir, readFile }))
}
