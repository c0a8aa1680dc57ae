import './dropOverlay.css'

/** Shown while files are dragged over the window: says what a drop will do. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" role="status" aria-live="polite">
      <p>Drop files or folders to import</p>
    </div>
  )
}
