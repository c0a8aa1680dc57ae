import { create } from 'zustand'

/**
 * The document ids as the document list currently shows them (its sort, filter and status
 * filter applied), published by the list so that "Complete and next" follows what the coder sees.
 */
export const useDocumentOrder = create<{ order: readonly string[] }>()(() => ({ order: [] }))

/** Records the list's visible order; called by the document list whenever it changes. */
export function setDocumentOrder(order: readonly string[]): void {
  useDocumentOrder.setState({ order })
}
