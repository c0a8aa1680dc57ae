import { platform } from '../../platform/platform'
import { BackupSection } from '../backup/BackupSection'
import { ProjectTrash } from '../projects/ProjectTrash'
import { SnapshotSection } from '../recovery/SnapshotSection'
import { StorageSection } from '../storage/StorageSection'
import { TrashSection } from '../trash/TrashSection'
import { Modal } from '../shell/Modal'
import { useCloseOverlay } from '../shell/useCloseOverlay'
import { CoderNameForm } from './CoderNameForm'
import { ThemeChoice } from './ThemeChoice'

/** Coder identity, theme, and the project trash. */
export function SettingsDialog() {
  const close = useCloseOverlay()
  return (
    <Modal title="Settings" onClose={close} className="modal-wide">
      <section aria-labelledby="settings-coder" className="settings-section">
        <h3 id="settings-coder">Coder</h3>
        <CoderNameForm />
      </section>
      <section aria-labelledby="settings-appearance" className="settings-section">
        <h3 id="settings-appearance">Appearance</h3>
        <ThemeChoice />
      </section>
      <section aria-labelledby="settings-trash" className="settings-section">
        <h3 id="settings-trash">Trash</h3>
        <ProjectTrash />
        <TrashSection />
      </section>
      <section aria-labelledby="settings-backup" className="settings-section">
        <h3 id="settings-backup">Backup</h3>
        <BackupSection />
        {platform.durability && <SnapshotSection port={platform.durability} />}
      </section>
      <section aria-labelledby="settings-storage" className="settings-section">
        <h3 id="settings-storage">Storage</h3>
        <StorageSection />
      </section>
      {platform.kind === 'browser' && (
        <p className="hint">
          You are using Newscoder in a browser: your projects live in this browser’s storage for
          this site. Clearing site data deletes them, so export your work regularly.
        </p>
      )}
      <div className="modal-actions">
        <button type="button" className="primary" onClick={close}>
          Done
        </button>
      </div>
    </Modal>
  )
}
