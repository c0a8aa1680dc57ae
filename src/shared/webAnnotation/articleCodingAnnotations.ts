import type { ArticleCoding } from '../domain/articleCoding'
import type { Codebook } from '../domain/codebook'
import type { Speaker } from '../domain/speaker'
import { statusLine } from '../refiQda/codingStatusLine'
import { refiGuid } from '../refiQda/refiGuid'
import type { TextualBody } from './spanBodies'
import { spanBodies } from './spanBodies'
import type { WebAnnotation } from './toWebAnnotations'
import { ANNO_CONTEXT, documentIri } from './toWebAnnotations'

/** IRI of an article coding, shared with its whole-text selection in a REFI-QDA export. */
export const articleCodingIri = (codingId: string): string =>
  `urn:uuid:${refiGuid('articleCoding', codingId)}`

const iso = (ms: number): string => new Date(ms).toISOString()

/**
 * Returns one W3C Web Annotation per coder's article-level coding of a document: its target is
 * the document's IRI itself, with no selector (the codes apply to the whole article), its
 * codes are tagging bodies as for spans (`spanBodies`, "Primary frame: Economic"), text and number
 * values describing bodies, and the coding status a describing body ("Coding status: Complete").
 * Motivation is "tagging", or "describing" when only the status or free values are set. Codings
 * with no value and the status "Not started" say nothing and are left out.
 */
export function articleCodingAnnotations(
  codings: readonly ArticleCoding[],
  codebook: Codebook,
  speakers: ReadonlyMap<string, Speaker>,
): WebAnnotation[] {
  return [...codings]
    .sort((x, y) => (x.coder < y.coder ? -1 : x.coder > y.coder ? 1 : 0))
    .flatMap((c): WebAnnotation[] => {
      const codes = spanBodies({ values: c.values, memo: '' }, codebook, speakers)
      if (codes.length === 0 && c.status === 'not_started') return []
      const status: TextualBody = {
        type: 'TextualBody',
        purpose: 'describing',
        value: statusLine(c.status),
        format: 'text/plain',
      }
      return [
        {
          '@context': ANNO_CONTEXT,
          id: articleCodingIri(c.id),
          type: 'Annotation',
          motivation: codes.some((b) => b.purpose === 'tagging') ? 'tagging' : 'describing',
          created: iso(c.createdAt),
          modified: iso(c.updatedAt),
          creator: { type: 'Person', name: c.coder },
          body: [...codes, status],
          target: documentIri(c.documentId),
        },
      ]
    })
}
