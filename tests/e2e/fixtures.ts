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
 * Selects the exact text `fragment` inside the reader with a DOM Range (as a mouse drag would) and
 * releases the mouse, which is when the reader reads the selection.
 */
export async function selectInReader(page: Page, fragment: string): Promise<void> {
  await page.evaluate((needle) => {
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
    const locate = (offset: number): [Text, number] => {
      let seen = 0
      for (const node of nodes) {
        if (offset <= seen + node.data.length) return [node, offset - seen]
        seen += node.data.length
      }
      throw new Error('offset past end')
    }
    const [startNode, startOffset] = locate(at)
    const [endNode, endOffset] = locate(at + needle.length)
    const range = document.createRange()
    range.setStart(startNode, startOffset)
    range.setEnd(endNode, endOffset)
    const selection = window.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
  }, fragment)
  // Let ProseMirror observe the selectionchange before the mouseup that the reader listens to.
  await page.waitForTimeout(50)
  const box = await page.locator('.ProseMirror').boundingBox()
  await page.locator('.ProseMirror').dispatchEvent('mouseup', {
    bubbles: true,
    clientX: box ? box.x + 5 : 0,
    clientY: box ? box.y + 5 : 0,
  })
}
