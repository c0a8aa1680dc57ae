import type { IdbEvent, TagTiming } from './pageProbes'

/** One tag trial split into phases (ms from the save, page clock). */
export type TagPhases = {
  /** The figure: highlight painted and the app's write transaction committed, whichever is later. */
  total: number
  /** Save → the app's readwrite transaction on `annotations` completed (NaN if not seen). */
  commit: number
  /** Save → decoration with the new id in the DOM. */
  dom: number
  /** Save → frame with the decoration painted. */
  paint: number
  /** Save → the bench's own IndexedDB read got its answer: the main thread was free again. */
  busyUntil: number
  /** Re-queries that read the whole document's annotations (≥ `bigRead` rows) after the save. */
  requeries: number
  /** Save → the last such re-query's rows delivered to JavaScript (NaN if none). */
  requeryDelivered: number
  /** Duration of that re-query's IndexedDB read, request to rows delivered. */
  requeryRead: number
}

/** Splits a trial using the IndexedDB spy's events between the save and the bench's own read. */
export function tagPhases(t: TagTiming, events: readonly IdbEvent[], bigRead: number): TagPhases {
  // Normally from the save (Enter/click); from the stance key if the stance key alone saved.
  const start = t.tSave !== 0 && t.tSave <= t.tDom ? t.tSave : t.tStance
  const commit = events.find(
    (e) => e.kind === 'rw-complete' && e.stores.includes('annotations') && e.t >= start,
  )
  const reads = events.filter(
    (e) => e.kind === 'read-done' && (e.rows ?? 0) >= bigRead && e.t >= start && e.t <= t.tStored,
  )
  const last = reads[reads.length - 1]
  const lastStart = last
    ? events
        .filter((e) => e.kind === 'read-start' && e.stores === last.stores && e.t <= last.t)
        .pop()
    : undefined
  const stored = commit ? commit.t : t.tStored
  return {
    total: Math.max(t.tPaint, stored) - start,
    commit: commit ? commit.t - start : Number.NaN,
    dom: t.tDom - start,
    paint: t.tPaint - start,
    busyUntil: t.tStored - start,
    requeries: reads.length,
    requeryDelivered: last ? last.t - start : Number.NaN,
    requeryRead: last && lastStart ? last.t - lastStart.t : Number.NaN,
  }
}
