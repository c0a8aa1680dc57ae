import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'
import { importFolderFromPicker } from './importPickedFiles'

/** "Import folder": picks a folder and imports every supported file in it, at any depth. */
export function ImportFolderButton({ disabled }: { disabled: boolean }) {
  return (
    <button
      type="button"
      disabled={disabled}
      onClick={() =>
        importFolderFromPicker().catch((error: unknown) =>
          useSession.getState().notify('error', errorMessage(error)),
        )
      }
    >
      Import folder
    </button>
  )
}
