/**
 * A binary min-heap ordered by `compare` (negative when `a` comes first): push and pop in
 * O(log n). Used by the sweep-line algorithms that must stay fast for 10,000 spans.
 */
export class MinHeap<T> {
  private readonly items: T[] = []

  constructor(private readonly compare: (a: T, b: T) => number) {}

  /** Number of items in the heap. */
  get size(): number {
    return this.items.length
  }

  /** Returns the smallest item without removing it, or undefined when the heap is empty. */
  peek(): T | undefined {
    return this.items[0]
  }

  /** Adds an item. */
  push(item: T): void {
    const items = this.items
    items.push(item)
    let i = items.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (this.compare(items[i] as T, items[parent] as T) >= 0) break
      this.swap(i, parent)
      i = parent
    }
  }

  /** Removes and returns the smallest item, or undefined when the heap is empty. */
  pop(): T | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (items.length > 0 && last !== undefined) {
      items[0] = last
      let i = 0
      for (;;) {
        const left = 2 * i + 1
        const right = left + 1
        let smallest = i
        if (left < items.length && this.compare(items[left] as T, items[smallest] as T) < 0)
          smallest = left
        if (right < items.length && this.compare(items[right] as T, items[smallest] as T) < 0)
          smallest = right
        if (smallest === i) break
        this.swap(i, smallest)
        i = smallest
      }
    }
    return top
  }

  private swap(i: number, j: number): void {
    const items = this.items
    const tmp = items[i] as T
    items[i] = items[j] as T
    items[j] = tmp
  }
}
