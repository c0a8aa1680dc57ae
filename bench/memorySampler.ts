const MB = 1024 * 1024

/**
 * Samples the process's resident set size on a 10 ms timer and whenever `sample()` is called
 * (the streamed export calls it at every batch boundary), from a baseline taken at creation: so a
 * phase's own footprint is its peak above the data that was already in memory before it began.
 * The timer can fire only while the main thread waits (on compression, hashing), which a
 * streamed export does between batches; the batch-boundary samples cover the rest.
 */
export function memorySampler() {
  const baseline = process.memoryUsage().rss
  let peak = baseline
  let heapPeak = process.memoryUsage().heapUsed
  const sample = (): void => {
    const m = process.memoryUsage()
    peak = Math.max(peak, m.rss)
    heapPeak = Math.max(heapPeak, m.heapUsed)
  }
  const timer = setInterval(sample, 10)
  return {
    sample,
    stop: () => {
      clearInterval(timer)
      sample()
      return {
        baselineMB: Math.round(baseline / MB),
        peakMB: Math.round(peak / MB),
        peakAboveMB: Math.round((peak - baseline) / MB),
        heapPeakMB: Math.round(heapPeak / MB),
      }
    },
  }
}

/** Wraps batches so that memory is sampled after each one is consumed. */
export function* sampled<T>(batches: Iterable<T>, sample: () => void): Generator<T> {
  for (const batch of batches) {
    yield batch
    sample()
  }
}
