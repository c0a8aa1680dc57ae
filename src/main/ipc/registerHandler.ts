import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import type { IpcChannel, IpcRequest, IpcResponses, IpcResult } from '../../shared/ipc/contract'
import { ipcRequestSchemas } from '../../shared/ipc/contract'
import { isAppUrl } from '../appOrigin'

/** What a channel's handler does once the request is known to be from the app and well formed. */
export type IpcHandler<C extends IpcChannel> = (
  request: IpcRequest<C>,
  event: IpcMainInvokeEvent,
) => IpcResponses[C] | Promise<IpcResponses[C]>

export type RegisterHandlerDeps = {
  /** The electron-vite dev server, trusted like the app origin; undefined in a packaged app. */
  devServerUrl?: string
  log?: (message: string) => void
}

/**
 * Registers `handler` for `channel` behind the three checks every IPC call needs: the caller is
 * our renderer (not a page that got into a frame), the request parses with the contract's
 * schema, and failures come back as `{ ok: false, error }` rather than a rejected promise, whose
 * message Electron would mangle.
 */
export function registerHandler<C extends IpcChannel>(
  ipcMain: Pick<IpcMain, 'handle'>,
  channel: C,
  handler: IpcHandler<C>,
  deps: RegisterHandlerDeps = {},
): void {
  const log = deps.log ?? console.warn
  const schema = ipcRequestSchemas[channel]

  ipcMain.handle(channel, async (event, request: unknown): Promise<IpcResult<IpcResponses[C]>> => {
    const senderUrl = event.senderFrame?.url ?? ''
    if (!isAppUrl(senderUrl, deps.devServerUrl)) {
      log(`IPC ${channel} refused: sender ${senderUrl || '(unknown frame)'} is not the app`)
      return { ok: false, error: 'Request refused: it did not come from the app.' }
    }

    const parsed = schema.safeParse(request)
    if (!parsed.success) {
      const issues = parsed.error.issues
        .map((issue) => `${issue.path.join('.') || 'request'}: ${issue.message}`)
        .join('; ')
      log(`IPC ${channel} invalid request: ${issues}`)
      return { ok: false, error: `Invalid request: ${issues}` }
    }

    try {
      const value = await handler(parsed.data as IpcRequest<C>, event)
      return { ok: true, value }
    } catch (error) {
      log(
        `IPC ${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`,
      )
      return { ok: false, error: error instanceof Error ? error.message : String(error) }
    }
  })
}
