import { useEffect, useState } from 'react'
import { platform } from '../../platform/platform'

type Estimate = { usage: number; quota: number; persisted: boolean } | null

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** Storage used and available, whether it is persistent, and where the safety copies live. */
export function StorageSection() {
  const [estimate, setEstimate] = useState<Estimate>(null)
  useEffect(() => {
    let current = true
    const storage = navigator.storage
    if (!storage?.estimate) return undefined
    void Promise.all([storage.estimate(), storage.persisted?.() ?? false]).then(
      ([e, persisted]) => {
        if (current) setEstimate({ usage: e.usage ?? 0, quota: e.quota ?? 0, persisted })
      },
    )
    return () => {
      current = false
    }
  }, [])
  return (
    <div className="storage-section">
      {estimate ? (
        <p>
          {megabytes(estimate.usage)} used of {megabytes(estimate.quota)} available.{' '}
          {estimate.persisted
            ? 'Storage is persistent: the browser will not clear it to make room.'
            : 'Storage is not persistent: the browser may clear it when the disk runs low.'}
        </p>
      ) : (
        <p className="hint">This browser does not report storage use.</p>
      )}
      <p className="hint">
        {platform.durability
          ? 'Every change is also written to a backup journal and to snapshots in the app’s data folder, outside the browser storage, so Newscoder can rebuild its database if the storage is lost.'
          : 'In a browser there is no backup journal: if the browser clears this site’s data, your projects are gone. Use “Back up project” regularly; Newscoder reminds you every 200 changes.'}
      </p>
    </div>
  )
}
