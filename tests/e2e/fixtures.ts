import { test as base, expect, type Page } from '@playwright/test'

/**
 * A page that fails the test on any console error or uncaught exception, so a broken feature
 * cannot hide behind a passing click path.
 */
export const test = base.extend<{ page: Page; consoleErrors: string[] }>({
  // Playwright requires the fixture argument to be an object pattern, even an empty one.
  // eslint-disable-next-line no-empty-pattern
  consoleErrors: async ({}, use) => {
    await use([])
  },
  page: async ({ page, consoleErrors }, use) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text())
    })
    page.on('pageerror', (error) => consoleErrors.push(String(error)))
    await use(page)
    expect(consoleErrors, 'console errors during the test').toEqual([])
  },
})

export { expect }

/**
 * Selects the exact text `fragment` inside the reader by dragging the mouse from the left half of
 * its first character to the right half of its last one, as a user would.
 */
export async function selectInReader(page: Page, fragment: string): Promise<void> {
  // Scrolling (a flash, focus returning to the reader) may still be under way: take the boxes
  // only when two readings agree.
  let box = await charBoxes(page, fragment)
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(100)
    const again = await charBoxes(page, fragment)
    if (JSON.stringify(again) === JSON.stringify(box)) break
    box = again
  }
  await page.mouse.move(box.x1, box.y1)
  await page.mouse.down()
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 })
  await page.mouse.move(box.x2, box.y2, { steps: 4 })
  await page.mouse.up()
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '')
  expect(selected.trim()).toBe(fragment)
}

function charBoxes(page: Page, fragment: string) {
  return page.evaluate((needle) => {
    const root = document.querySelector('.ProseMirror')
    if (!root) throw new Error('reader not found')
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    // Concatenate text nodes so a fragment crossing highlight boundaries is still found.
    const nodes: Text[] = []
    let all = ''
    while (walker.nextNode()) {
      nodes.push(walker.currentNode as Text)
      all += (walker.currentNode as Text).data
    }
    const at = all.indexOf(needle)
    if (at < 0) throw new Error(`fragment not in reader: ${needle}`)
    const charRect = (offset: number) => {
      let seen = 0
      for (const node of nodes) {
        if (offset < seen + node.data.length) {
          const range = document.createRange()
          range.setStart(node, offset - seen)
          range.setEnd(node, offset - seen + 1)
          const r = range.getBoundingClientRect()
          return { x: r.left, y: r.top + r.height / 2, w: r.width }
        }
        seen += node.data.length
      }
      throw new Error('offset past end')
    }
    // Bring the fragment's paragraph into view once, before measuring.
    let seen = 0
    for (const node of nodes) {
      if (at < seen + node.data.length) {
        node.parentElement?.closest('p')?.scrollIntoView({ block: 'center' })
        break
      }
      seen += node.data.length
    }
    const first = charRect(at)
    const last = charRect(at + needle.length - 1)
    return { x1: first.x + 1, y1: first.y, x2: last.x + last.w - 1, y2: last.y }
  }, fragment)
}
