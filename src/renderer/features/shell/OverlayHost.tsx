import { useSession } from '../../state/sessionStore'
import { AdjudicationDialog } from '../adjudication/AdjudicationDialog'
import { AgreementDialog } from '../agreement/AgreementDialog'
import { CodersDialog } from '../coders/CodersDialog'
import { CodebookEditor } from '../codebook/CodebookEditor'
import { DocumentDetailsDialog } from '../documents/DocumentDetailsDialog'
import { ExportDialog } from '../export/ExportDialog'
import { HelpDialog } from '../help/HelpDialog'
import { ImportReportDialog } from '../import/ImportReportDialog'
import { PasteTextDialog } from '../import/PasteTextDialog'
import { DeleteProjectDialog } from '../projects/DeleteProjectDialog'
import { NewProjectDialog } from '../projects/NewProjectDialog'
import { RenameProjectDialog } from '../projects/RenameProjectDialog'
import { SettingsDialog } from '../settings/SettingsDialog'
import { CommandPalette } from '../palette/CommandPalette'
import { SpeakerRegistryDialog } from '../speakers/SpeakerRegistryDialog'
import { TeamDialog } from '../team/TeamDialog'

/** Renders the one open overlay, if any; the session store decides which. */
export function OverlayHost() {
  const overlay = useSession((s) => s.overlay)
  switch (overlay) {
    case 'help':
      return <HelpDialog />
    case 'import':
      return <ImportReportDialog />
    case 'paste':
      return <PasteTextDialog />
    case 'export':
      return <ExportDialog />
    case 'settings':
      return <SettingsDialog />
    case 'new-project':
      return <NewProjectDialog />
    case 'rename-project':
      return <RenameProjectDialog />
    case 'delete-project':
      return <DeleteProjectDialog />
    case 'metadata':
      return <DocumentDetailsDialog />
    case 'codebook':
      return <CodebookEditor />
    case 'speakers':
      return <SpeakerRegistryDialog />
    case 'palette':
      return <CommandPalette />
    case 'coders':
      return <CodersDialog />
    case 'agreement':
      return <AgreementDialog />
    case 'adjudication':
      return <AdjudicationDialog />
    case 'team':
      return <TeamDialog />
    case null:
      return null
  }
}
