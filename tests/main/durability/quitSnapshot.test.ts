import { describe, expect, it } from 'vitest'
import { quitSnapshot } from '../../../src/main/durability/quitSnapshot'

function harness(options: { window: boolean }) {
  const log: string[] = []
  const timers = new Map<number, () => void>()
  let nextTimer = 1
  const coordinator = quitSnapshot({
    request: () => {
      log.push('request')
      return options.window
    },
    setTimer: (callback, ms) => {
      log.push(`timer ${ms}`)
      timers.set(nextTimer, callback)
      return nextTimer++
    },
    clearTimer: (timer) => timers.delete(timer as number),
    timeoutMs: 3000,
  })
  const event = () => ({ preventDefault: () => log.push('prevented') })
  // What Electron does on app.quit(): emit before-quit again; quit if nobody prevents it.
  const quit = () => {
    let prevented = false
    coordinator.intercept({ preventDefault: () => (prevented = true) }, quit)
    if (!prevented) log.push('quit')
  }
  return { log, timers, coordinator, event, quit }
}

describe('snapshot on quit', () => {
  it('holds the quit, asks the renderer for a snapshot and quits once it is written', () => {
    const h = harness({ window: true })
    h.coordinator.intercept(h.event(), h.quit)
    expect(h.log).toEqual(['prevented', 'request', 'timer 3000'])
    h.coordinator.snapshotWritten()
    expect(h.log.slice(3)).toEqual(['quit'])
    expect(h.timers.size).toBe(0)
  })

  it('quits after the timeout when the renderer never writes the snapshot', () => {
    const h = harness({ window: true })
    h.coordinator.intercept(h.event(), h.quit)
    h.timers.get(1)?.()
    expect(h.log.at(-1)).toBe('quit')
    // A snapshot that arrives late does not quit a second time.
    h.coordinator.snapshotWritten()
    expect(h.log.filter((entry) => entry === 'quit')).toHaveLength(1)
  })

  it('quits at once when no window is left to ask', () => {
    const h = harness({ window: false })
    h.coordinator.intercept(h.event(), h.quit)
    expect(h.log).toEqual(['prevented', 'request', 'quit'])
  })

  it('asks only once when quit is requested again while waiting', () => {
    const h = harness({ window: true })
    h.coordinator.intercept(h.event(), h.quit)
    h.coordinator.intercept(h.event(), h.quit)
    expect(h.log.filter((entry) => entry === 'request')).toHaveLength(1)
    h.coordinator.snapshotWritten()
    expect(h.log.filter((entry) => entry === 'quit')).toHaveLength(1)
  })

  it('lets the window close that quitting causes pass without asking again, until rearmed', () => {
    const h = harness({ window: true })
    h.coordinator.intercept(h.event(), h.quit)
    h.coordinator.snapshotWritten()
    const closing = { prevented: false }
    h.coordinator.intercept({ preventDefault: () => (closing.prevented = true) }, () => {})
    expect(closing.prevented).toBe(false)
    h.coordinator.rearm()
    h.coordinator.intercept(h.event(), h.quit)
    expect(h.log.filter((entry) => entry === 'request')).toHaveLength(2)
  })

  it('ignores a snapshot written while no quit is waiting', () => {
    const h = harness({ window: true })
    h.coordinator.snapshotWritten()
    expect(h.log).toEqual([])
  })
})
