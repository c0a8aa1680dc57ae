import type { BaseWindow, IpcMainInvokeEvent } from 'electron'

/** Finds the window an IPC call came from, so its dialog opens as that window's sheet/modal. */
export type WindowForEvent = (event: IpcMainInvokeEvent) => BaseWindow | null
