/**
 * Functions that run inside the page (passed to page.evaluate, so each is self-contained). Times
 * are performance.now() of the page. "Painted" means: the DOM change was seen by a
 * MutationObserver, then the next requestAnimationFrame ran, then a message posted from that rAF
 * callback arrived — which happens after that frame's style, layout and paint on the main thread.
 */

type BenchWindow = Window & {
  __benchOpen?: Promise<OpenTiming>
  __benchTag?: Promise<TagTiming>
  __benchKnown?: Set<string>
  __benchDb?: IDBDatabase
}

export type OpenTiming = {
  t0: number
  tText: number
  tHighlights: number
  tPaint: number
  error?: string
}

/** Arms the open-document probe: starts at the next pointerdown, ends when `firstId` and `lastId` are painted. */
export function armOpenProbe(arg: { firstId: string; lastId: string; paragraphs: number }): void {
  const w = window as BenchWindow
  w.__benchOpen = new Promise<OpenTiming>((resolve) => {
    window.addEventListener(
      'pointerdown',
      () => {
        const t0 = performance.now()
        let tText = 0
        const check = (): boolean => {
          const root = document.querySelector('.ProseMirror')
          if (!root) return false
          if (tText === 0 && root.childElementCount >= arg.paragraphs) tText = performance.now()
          return (
            tText !== 0 &&
            root.querySelector(`[data-ids~="${arg.lastId}"]`) !== null &&
            root.querySelector(`[data-ids~="${arg.firstId}"]`) !== null
          )
        }
        const done = () => {
          const tHighlights = performance.now()
          if (tText === 0) tText = tHighlights
          requestAnimationFrame(() => {
            const ch = new MessageChannel()
            ch.port1.onmessage = () =>
              resolve({ t0, tText, tHighlights, tPaint: performance.now() })
            ch.port2.postMessage(0)
          })
        }
        const mo = new MutationObserver(() => {
          if (check()) {
            mo.disconnect()
            done()
          }
        })
        mo.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-ids'],
        })
        setTimeout(() => {
          mo.disconnect()
          resolve({
            t0,
            tText,
            tHighlights: 0,
            tPaint: 0,
            error: 'highlights not painted within 60 s',
          })
        }, 60_000)
      },
      { capture: true, once: true },
    )
  })
}

export function awaitOpenProbe(): Promise<OpenTiming> {
  const p = (window as BenchWindow).__benchOpen
  if (!p) throw new Error('open probe not armed')
  return p
}

/** Ids present in the reader's decorations and the number of decorated elements. */
export function readerHighlights(): { ids: number; elements: number; domNodes: number } {
  const ids = new Set<string>()
  const els = document.querySelectorAll('.ProseMirror [data-ids]')
  els.forEach((el) => {
    for (const id of (el.getAttribute('data-ids') ?? '').split(' ')) if (id) ids.add(id)
  })
  return {
    ids: ids.size,
    elements: els.length,
    domNodes: document.getElementsByTagName('*').length,
  }
}

/** Remembers the ids already painted and opens a raw IDB connection for the tag probe. */
export async function prepareTagProbe(): Promise<number> {
  const w = window as BenchWindow
  const known = new Set<string>()
  document.querySelectorAll('.ProseMirror [data-ids]').forEach((el) => {
    for (const id of (el.getAttribute('data-ids') ?? '').split(' ')) if (id) known.add(id)
  })
  w.__benchKnown = known
  w.__benchDb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('newscoder')
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
  return known.size
}

/**
 * Scrolls paragraph `paragraph` into view (if `scroll`) and returns the viewport points a mouse drag should go
 * between to select its canonical offsets `from..to` (relative to the paragraph start): just inside
 * the left half of the first character and the right half of the last one.
 */
export function dragPoints(arg: { paragraph: number; from: number; to: number; scroll: boolean }): {
  x1: number
  y1: number
  x2: number
  y2: number
} {
  const root = document.querySelector('.ProseMirror')
  if (!root) throw new Error('reader not found')
  const p = root.children[arg.paragraph]
  if (!p) throw new Error(`paragraph ${arg.paragraph} not in reader`)
  if (arg.scroll) p.scrollIntoView({ block: 'center' })
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
  const nodes: Text[] = []
  while (walker.nextNode()) nodes.push(walker.currentNode as Text)
  const charRect = (offset: number): DOMRect => {
    let seen = 0
    for (const node of nodes) {
      if (offset < seen + node.data.length) {
        const range = document.createRange()
        range.setStart(node, offset - seen)
        range.setEnd(node, offset - seen + 1)
        const rects = range.getClientRects()
        const rect = rects[rects.length - 1] ?? range.getBoundingClientRect()
        return rect
      }
      seen += node.data.length
    }
    throw new Error('offset past the paragraph end')
  }
  const a = charRect(arg.from)
  const b = charRect(arg.to - 1)
  return {
    x1: a.left + Math.min(2, a.width / 4),
    y1: a.top + a.height / 2,
    x2: b.right - Math.min(2, b.width / 4),
    y2: b.top + b.height / 2,
  }
}

/** The current DOM selection's text. */
export function selectedText(): string {
  return window.getSelection()?.toString() ?? ''
}

export type TagTiming = {
  id: string
  tStance: number
  tSave: number
  tDom: number
  tPaint: number
  tStored: number
  storedAtPaint: boolean
  stance: unknown
  error?: string
}

/**
 * Arms the tag probe: watches key presses and clicks (capture phase) and the reader's decorations;
 * resolves once a decoration with a new id is painted and its row is readable from IndexedDB.
 */
export function armTagProbe(arg: { stanceKey: string }): void {
  const w = window as BenchWindow
  const known = w.__benchKnown
  const db = w.__benchDb
  const root = document.querySelector('.ProseMirror')
  if (!known || !db || !root) throw new Error('tag probe not prepared')
  w.__benchTag = new Promise<TagTiming>((resolve) => {
    let tStance = 0
    let tSave = 0
    const onKey = (e: KeyboardEvent) => {
      if (e.key === arg.stanceKey && tStance === 0) tStance = performance.now()
      if (e.key === 'Enter' && tSave === 0) tSave = performance.now()
    }
    const onPointer = (e: Event) => {
      const t = e.target as Element | null
      if (tSave === 0 && t?.closest('button')) tSave = performance.now()
    }
    window.addEventListener('keydown', onKey, true)
    window.addEventListener('pointerdown', onPointer, true)
    const cleanup = () => {
      window.removeEventListener('keydown', onKey, true)
      window.removeEventListener('pointerdown', onPointer, true)
    }
    const newId = (el: Element): string | null => {
      const ids = el.getAttribute('data-ids')
      if (!ids) return null
      for (const id of ids.split(' ')) if (id && !known.has(id)) return id
      return null
    }
    type Row = { values?: { stance?: unknown } } | undefined
    const getRow = (id: string) =>
      new Promise<Row>((res, rej) => {
        const req = db.transaction('annotations').objectStore('annotations').get(id)
        req.onsuccess = () => res(req.result as Row)
        req.onerror = () => rej(req.error)
      })
    const mo = new MutationObserver((records) => {
      const tDom = performance.now()
      let found: string | null = null
      for (const r of records) {
        if (r.type === 'attributes') {
          if (r.target instanceof Element) found = newId(r.target)
        } else {
          for (const n of r.addedNodes) {
            if (!(n instanceof Element)) continue
            found = newId(n)
            if (!found) {
              for (const el of n.querySelectorAll('[data-ids]')) {
                found = newId(el)
                if (found) break
              }
            }
            if (found) break
          }
        }
        if (found) break
      }
      if (!found) return
      const id = found
      mo.disconnect()
      requestAnimationFrame(() => {
        const ch = new MessageChannel()
        ch.port1.onmessage = async () => {
          const tPaint = performance.now()
          let row = await getRow(id)
          const storedAtPaint = row !== undefined
          while (row === undefined && performance.now() - tPaint < 5000) {
            await new Promise((r) => setTimeout(r, 1))
            row = await getRow(id)
          }
          const tStored = performance.now()
          known.add(id)
          cleanup()
          resolve({
            id,
            tStance,
            tSave,
            tDom,
            tPaint,
            tStored,
            storedAtPaint,
            stance: row?.values?.stance,
            ...(row === undefined ? { error: 'row not in IndexedDB 5 s after the paint' } : {}),
          })
        }
        ch.port2.postMessage(0)
      })
    })
    mo.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-ids'],
    })
  })
}

/** Waits for the armed tag probe, or gives up after `timeoutMs` (then returns null). */
export function awaitTagProbe(timeoutMs: number): Promise<TagTiming | null> {
  const p = (window as BenchWindow).__benchTag
  if (!p) throw new Error('tag probe not armed')
  return Promise.race([p, new Promise<null>((r) => setTimeout(() => r(null), timeoutMs))])
}

export type ScrollTiming = {
  deltas: number[]
  work: number[]
  scroller: string
  scrollHeight: number
  clientHeight: number
  reachedBottom: boolean
}

/**
 * Scrolls the reader's scroll container from top to bottom in about `durationMs`, one step per
 * animation frame, and records the interval between frames (rAF timestamps) and each frame's
 * main-thread work (from the rAF callback to a message posted from it, which runs after the frame's
 * style, layout and paint).
 */
export function scrollThrough(arg: { durationMs: number }): Promise<ScrollTiming> {
  let el: HTMLElement | null = document.querySelector('.ProseMirror')
  while (el && el !== document.body) {
    const s = getComputedStyle(el)
    if (/(auto|scroll)/.test(s.overflowY) && el.scrollHeight > el.clientHeight + 10) break
    el = el.parentElement
  }
  const scroller = el && el !== document.body ? el : (document.scrollingElement as HTMLElement)
  const name =
    scroller === document.scrollingElement
      ? 'document'
      : `${scroller.tagName.toLowerCase()}${scroller.className ? `.${String(scroller.className).split(' ').join('.')}` : ''}`
  scroller.scrollTop = 0
  const max = scroller.scrollHeight - scroller.clientHeight
  const frames = Math.max(1, Math.round(arg.durationMs / (1000 / 60)))
  const step = max / frames
  const deltas: number[] = []
  const work: number[] = []
  return new Promise((resolve) => {
    let last = 0
    let start = 0
    const frame = (ts: number) => {
      const began = performance.now()
      if (last !== 0) deltas.push(ts - last)
      else start = ts
      last = ts
      scroller.scrollTop = Math.min(max, scroller.scrollTop + step)
      const ch = new MessageChannel()
      ch.port1.onmessage = () => work.push(performance.now() - began)
      ch.port2.postMessage(0)
      if (scroller.scrollTop < max - 1 && ts - start < arg.durationMs * 3)
        requestAnimationFrame(frame)
      else
        setTimeout(
          () =>
            resolve({
              deltas,
              work,
              scroller: name,
              scrollHeight: scroller.scrollHeight,
              clientHeight: scroller.clientHeight,
              reachedBottom: scroller.scrollTop >= max - 1,
            }),
          50,
        )
    }
    requestAnimationFrame(frame)
  })
}

/** One IndexedDB event seen by the spy (see `installIdbSpy`). */
export type IdbEvent = {
  kind: 'rw-start' | 'rw-complete' | 'read-start' | 'read-done'
  t: number
  stores: string
  rows?: number
}

/**
 * Wraps IDBDatabase.transaction and the read methods of IDBObjectStore/IDBIndex so that the bench
 * can split a measured interval into phases (write committed, re-query delivered, …) without
 * touching the app's code. A listener added when the request is created runs before the handler
 * Dexie sets afterwards, so 'read-done' is when the rows reach JavaScript, before Dexie's own work.
 */
export function installIdbSpy(): void {
  const w = window as Window & { __benchIdbLog?: IdbEvent[] }
  if (w.__benchIdbLog) return
  const log: IdbEvent[] = []
  w.__benchIdbLog = log
  const tx = IDBDatabase.prototype.transaction
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ): IDBTransaction {
    const t = tx.apply(this, args)
    if (t.mode === 'readwrite') {
      const stores = Array.from(t.objectStoreNames).join(',')
      log.push({ kind: 'rw-start', t: performance.now(), stores })
      t.addEventListener('complete', () =>
        log.push({ kind: 'rw-complete', t: performance.now(), stores }),
      )
    }
    return t
  }
  const wrapRead = (proto: IDBObjectStore | IDBIndex, method: 'getAll' | 'openCursor' | 'get') => {
    const original = (proto as unknown as Record<string, (...a: unknown[]) => IDBRequest>)[method]
    if (!original) return
    ;(proto as unknown as Record<string, unknown>)[method] = function (
      this: IDBObjectStore | IDBIndex,
      ...a: unknown[]
    ) {
      const req = original.apply(this, a)
      const store = this instanceof IDBIndex ? `${this.objectStore.name}.${this.name}` : this.name
      log.push({ kind: 'read-start', t: performance.now(), stores: `${method} ${store}` })
      req.addEventListener('success', () => {
        const r = req.result as unknown
        log.push({
          kind: 'read-done',
          t: performance.now(),
          stores: `${method} ${store}`,
          rows: Array.isArray(r) ? r.length : r ? 1 : 0,
        })
      })
      return req
    }
  }
  for (const m of ['getAll', 'openCursor', 'get'] as const) {
    wrapRead(IDBObjectStore.prototype, m)
    wrapRead(IDBIndex.prototype, m)
  }
}

/** The spy's events between two page times. */
export function idbEvents(arg: { from: number; to: number }): IdbEvent[] {
  const log = (window as Window & { __benchIdbLog?: IdbEvent[] }).__benchIdbLog ?? []
  return log.filter((e) => e.t >= arg.from && e.t <= arg.to)
}
