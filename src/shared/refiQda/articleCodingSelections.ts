import type { ArticleCoding } from '../domain/articleCoding'
import type { Codebook } from '../domain/codebook'
import type { XmlObject } from './codeNodeXml'
import { statusLine } from './codingStatusLine'
import { refiGuid } from './refiGuid'
import { freeValueLines, selectionCodeGuids } from './selectionCodings'
import { xmlSafe } from './xmlSafe'

/** What `articleCodingSelections` needs besides the codings of one document. */
export type ArticleSelectionContext = {
  /** Length of the document's text in Unicode code points. */
  codePoints: number
  codebook: Codebook
  speakers: ReadonlySet<string>
  userGuid: (coder: string) => string
}

const iso = (ms: number): string => new Date(ms).toISOString()

/** Name shown for the selection in other tools' lists of coded segments. */
export const ARTICLE_SELECTION_NAME = 'Whole article'

/** Whether an article coding holds anything: a code, a free value, or a status past "Not started". */
const hasContent = (c: ArticleCoding, context: ArticleSelectionContext): boolean =>
  c.status !== 'not_started' ||
  selectionCodeGuids(c, context.codebook, context.speakers).length > 0 ||
  freeValueLines(c, context.codebook).length > 0

/**
 * Returns one `<PlainTextSelection>` per coder's article-level coding of a document: from code
 * point 0 to the end of the text, named "Whole article", created by that coder, with a `<Coding>`
 * per applied code (`selectionCodeGuids`), and the text and number values plus the coding status
 * ("Coding status: Complete") as description lines. REFI-QDA 1.5 also allows codings directly on
 * a `<TextSource>`, but those have no description for the status and free values, and a coded
 * selection is what every tool that reads a `.qdpx`'s text codings understands
 * (docs/adr/0010-article-codings-in-exchange-formats.md). Codings with nothing in them are left out.
 */
export function articleCodingSelections(
  codings: readonly ArticleCoding[],
  context: ArticleSelectionContext,
): XmlObject[] {
  const { codebook } = context
  return codings
    .filter((c) => context.codePoints > 0 && hasContent(c, context))
    .sort((x, y) => (x.coder < y.coder ? -1 : x.coder > y.coder ? 1 : 0))
    .map((c) => {
      const user = context.userGuid(c.coder)
      const selection: XmlObject = {
        '@_guid': refiGuid('articleCoding', c.id),
        '@_name': ARTICLE_SELECTION_NAME,
        '@_startPosition': '0',
        '@_endPosition': String(context.codePoints),
        '@_creatingUser': user,
        '@_creationDateTime': iso(c.createdAt),
        '@_modifyingUser': user,
        '@_modifiedDateTime': iso(c.updatedAt),
        Description: xmlSafe([...freeValueLines(c, codebook), statusLine(c.status)].join('\n')),
      }
      const codings = selectionCodeGuids(c, codebook, context.speakers).map((code) => ({
        '@_guid': refiGuid('coding', `${c.id}/${code}`),
        '@_creatingUser': user,
        '@_creationDateTime': iso(c.updatedAt),
        CodeRef: { '@_targetGUID': code },
      }))
      if (codings.length > 0) selection['Coding'] = codings
      return selection
    })
}
