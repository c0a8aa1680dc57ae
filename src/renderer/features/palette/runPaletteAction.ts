import type { Dimension } from '../../../shared/domain/codebook'
import { setArticleValue } from '../../actions/articleCodingActions'
import { useSession } from '../../state/sessionStore'
import { appCommands, runAppCommand, type AppCommandId } from '../../shortcuts/appCommands'
import { errorMessage } from '../shell/errorMessage'
import { applyCodeToTarget } from './applyCodeToTarget'
import type { PaletteAction } from './paletteItems'

/** Whether the app has a command of this id (the palette lists only those). */
export function hasAppCommand(command: string): command is AppCommandId {
  return Object.hasOwn(appCommands, command)
}

/**
 * Does what a palette entry stands for; failures become an error notice, as for any command.
 * `spanDimensions` are the codebook's span dimensions, for skip logic when a code is applied.
 */
export async function runPaletteAction(
  action: PaletteAction,
  projectId: string,
  spanDimensions: readonly Dimension[],
): Promise<void> {
  const session = useSession.getState()
  try {
    switch (action.kind) {
      case 'command':
        if (hasAppCommand(action.command)) await runAppCommand(action.command)
        return
      case 'open-document':
        session.openDocument(action.documentId)
        return
      case 'span-code':
        await applyCodeToTarget(projectId, spanDimensions, action)
        return
      case 'article-code':
        if (session.documentId === null) throw new Error('Open an article first.')
        await setArticleValue(session.documentId, action.dimension.id, action.value)
        return
    }
  } catch (error) {
    session.notify('error', errorMessage(error))
  }
}
