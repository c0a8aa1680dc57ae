import type { IpcChannel } from '../../shared/ipc/contract'
import type { IpcHandler } from '../ipc/registerHandler'
import type { DurabilityService } from './openDurability'

type DurabilityChannel = Extract<
  IpcChannel,
  | 'journal:append'
  | 'durability:state'
  | 'journal:read'
  | 'snapshot:write'
  | 'snapshot:list'
  | 'snapshot:read'
>

/**
 * Handlers of the journal and snapshot channels. `durability` is the service being opened at
 * start; when it could not open (unreadable folder, full disk) every call answers with that
 * reason, which the renderer shows, instead of pretending a change was journaled.
 */
export function durabilityHandlers(durability: Promise<DurabilityService> | undefined): {
  [C in DurabilityChannel]: IpcHandler<C>
} {
  const service = async (): Promise<DurabilityService> => {
    if (!durability) throw new Error('The backup journal is not available in this window.')
    return durability
  }
  return {
    'journal:append': async ({ changes }) => ({ seq: await (await service()).append(changes) }),
    'durability:state': async () => (await service()).state(),
    'journal:read': async ({ afterSeq }) => (await service()).readJournal(afterSeq),
    'snapshot:write': async (request) => (await service()).writeSnapshot(request),
    'snapshot:list': async () => (await service()).listSnapshots(),
    'snapshot:read': async ({ name }) => (await service()).readSnapshot(name),
  }
}
