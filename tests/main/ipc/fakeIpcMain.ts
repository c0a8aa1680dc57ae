import type { IpcMain, IpcMainInvokeEvent } from 'electron'

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown

/** An ipcMain stand-in that records handlers so tests can invoke them as Electron would. */
export function fakeIpcMain() {
  const handlers = new Map<string, Listener>()
  const ipcMain: Pick<IpcMain, 'handle'> = {
    handle: (channel, listener) => {
      handlers.set(channel, listener as Listener)
    },
  }
  const invoke = async (channel: string, senderUrl: string | null, request: unknown) => {
    const handler = handlers.get(channel)
    if (!handler) throw new Error(`no handler for ${channel}`)
    return handler(fakeEvent(senderUrl), request)
  }
  return { ipcMain, invoke, channels: () => [...handlers.keys()] }
}

/** An invoke event whose sender frame has `url` (null: the frame is already gone). */
export function fakeEvent(url: string | null): IpcMainInvokeEvent {
  return { senderFrame: url === null ? null : { url }, sender: {} } as unknown as IpcMainInvokeEvent
}
