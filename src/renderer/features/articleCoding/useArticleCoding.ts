import { useLiveQuery } from 'dexie-react-hooks'
import type { ArticleCoding } from '../../../shared/domain/articleCoding'
import { articleCodingOf } from '../../actions/articleCodingActions'

/**
 * The coder's article coding of a document, live (one row, cheap): undefined while loading, null
 * when the coder has not coded the document yet.
 */
export function useArticleCoding(
  documentId: string,
  coder: string,
): ArticleCoding | null | undefined {
  return useLiveQuery(
    async () => (await articleCodingOf(documentId, coder)) ?? null,
    [documentId, coder],
  )
}
