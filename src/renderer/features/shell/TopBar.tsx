import { useSession } from '../../state/sessionStore'
import { runAppCommand, type AppCommandId } from '../../shortcuts/appCommands'
import { ImportFolderButton } from '../import/ImportFolderButton'
import { ProjectSwitcher } from '../projects/ProjectSwitcher'
import { SaveStatusIndicator } from '../recovery/SaveStatusIndicator'
import { UndoRedoButtons } from './UndoRedoButtons'

function CommandButton({
  command,
  children,
  disabled,
}: {
  command: AppCommandId
  children: string
  disabled?: boolean
}) {
  return (
    <button type="button" disabled={disabled} onClick={() => void runAppCommand(command)}>
      {children}
    </button>
  )
}

/** The app's toolbar: project switcher and management, import/export, history, settings, help. */
export function TopBar() {
  const hasProject = useSession((s) => s.projectId !== null)
  const hasDocument = useSession((s) => s.documentId !== null)
  return (
    <header className="top-bar">
      <span className="app-name" aria-hidden="true">
        Newscoder
      </span>
      <div className="button-group" role="group" aria-label="Project">
        <ProjectSwitcher />
        <CommandButton command="new-project">New project</CommandButton>
        <CommandButton command="rename-project" disabled={!hasProject}>
          Rename project
        </CommandButton>
        <CommandButton command="delete-project" disabled={!hasProject}>
          Delete project
        </CommandButton>
        <CommandButton command="codebook" disabled={!hasProject}>
          Codebook
        </CommandButton>
      </div>
      <div className="button-group" role="group" aria-label="Articles">
        <CommandButton command="import" disabled={!hasProject}>
          Import
        </CommandButton>
        <ImportFolderButton disabled={!hasProject} />
        <CommandButton command="paste" disabled={!hasProject}>
          Paste text
        </CommandButton>
        <CommandButton command="export" disabled={!hasProject}>
          Export
        </CommandButton>
        <CommandButton command="speakers" disabled={!hasProject}>
          Speakers
        </CommandButton>
      </div>
      <div className="button-group" role="group" aria-label="Coders">
        <CommandButton command="coders" disabled={!hasProject}>
          Coders
        </CommandButton>
        <CommandButton command="agreement" disabled={!hasProject}>
          Agreement
        </CommandButton>
        <CommandButton command="adjudicate" disabled={!hasDocument}>
          Adjudicate
        </CommandButton>
        <CommandButton command="team">Team</CommandButton>
      </div>
      <span className="spacer" />
      <SaveStatusIndicator />
      <UndoRedoButtons />
      <CommandButton command="settings">Settings</CommandButton>
      <button
        type="button"
        className="icon-button help-button"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={() => void runAppCommand('help')}
      >
        ?
      </button>
    </header>
  )
}
