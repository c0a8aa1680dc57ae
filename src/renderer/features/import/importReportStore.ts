import { create } from 'zustand'
import type { ImportReport } from '../../actions/documentActions'

/** The last import's report, shown by the import report dialog until the next import. */
export const useImportReport = create<{ report: ImportReport | null }>()(() => ({ report: null }))
