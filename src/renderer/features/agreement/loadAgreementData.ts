import type { AgreementInput } from '../../../shared/agreement/agreementTypes'
import type { Dimension } from '../../../shared/domain/codebook'
import { loadReliabilitySample } from '../../actions/reliabilityActions'
import { db } from '../../db/NewscoderDb'
import type { DocumentScope } from '../reliability/DocumentScopeChoice'

/** The project's data for agreement, before coders and parameters are chosen. */
export type AgreementData = {
  dimensions: Dimension[]
  documents: AgreementInput['documents']
  spans: AgreementInput['spans']
  articleCodings: AgreementInput['articleCodings']
  /** Every coder with work on these documents, sorted. */
  coders: string[]
}

/**
 * Reads, in one read transaction, what agreement needs for the chosen documents: the codebook's
 * dimensions, the documents (with texts when `withTexts`, for the sentence rule), the live spans
 * and the article codings of every coder. Throws when the sample is asked for but not drawn.
 */
export async function loadAgreementData(
  projectId: string,
  scope: DocumentScope,
  withTexts: boolean,
): Promise<AgreementData> {
  const sample = scope === 'sample' ? await loadReliabilitySample(projectId) : null
  if (scope === 'sample' && sample === null)
    throw new Error('This project has no reliability sample yet.')
  const chosen = sample ? new Set(sample.ids) : null
  return db.transaction(
    'r',
    [db.codebooks, db.documents, db.texts, db.annotations, db.articleCodings],
    async () => {
      const codebook = await db.codebooks.where('projectId').equals(projectId).first()
      const docs = (await db.documents.where('projectId').equals(projectId).toArray())
        .filter((d) => d.deletedAt === null && (chosen === null || chosen.has(d.id)))
        .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
      const included = new Set(docs.map((d) => d.id))
      const texts = withTexts ? await db.texts.bulkGet(docs.map((d) => d.id)) : []
      const annotations = (
        await db.annotations.where('projectId').equals(projectId).toArray()
      ).filter((a) => a.deletedAt === null && included.has(a.documentId))
      const codings = (
        await db.articleCodings.where('projectId').equals(projectId).toArray()
      ).filter((c) => included.has(c.documentId))
      const coders = [
        ...new Set([...annotations.map((a) => a.coder), ...codings.map((c) => c.coder)]),
      ].sort()
      return {
        dimensions: codebook?.dimensions ?? [],
        documents: docs.map((d, i) => ({
          id: d.id,
          title: d.title,
          length: d.length,
          ...(withTexts ? { text: texts[i]?.text ?? '' } : {}),
        })),
        spans: annotations.map(({ id, documentId, coder, start, end, values }) => ({
          id,
          documentId,
          coder,
          start,
          end,
          values,
        })),
        articleCodings: codings.map(({ documentId, coder, values }) => ({
          documentId,
          coder,
          values,
        })),
        coders,
      }
    },
  )
}
