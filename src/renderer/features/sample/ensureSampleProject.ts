import type { Annotation, CodedValue } from '../../../shared/domain/annotation'
import type { Speaker } from '../../../shared/domain/speaker'
import { describeSpan } from '../../../shared/anchoring/describeSpan'
import { DIM } from '../../../shared/codebook/sourcingAndStance'
import { normaliseText } from '../../../shared/text/normaliseText'
import { SAMPLE_CODER } from '../../../shared/domain/sampleCoder'
import { addArticles } from '../../actions/documentActions'
import { createProject } from '../../actions/projectActions'
import { db } from '../../db/NewscoderDb'
import { sampleProjectSchema, type SampleProject } from './sampleSchema'

const SEEDED_KEY = 'sampleSeeded'

function codesOf(
  a: SampleProject['articles'][number]['annotations'][number],
  speakerId: string | null,
) {
  const values: Record<string, CodedValue> = {}
  if (a.stance) values[DIM.stance] = `stance.${a.stance}`
  if (speakerId) values[DIM.speaker] = speakerId
  if (a.sourceType) values[DIM.sourceType] = `source_type.${a.sourceType}`
  if (a.identification) values[DIM.identification] = `identification.${a.identification}`
  if (a.quoteType) values[DIM.quoteType] = `quote_type.${a.quoteType}`
  return values
}

/** Stores the parsed sample as a new project with its speakers and example annotations. */
export async function seedSampleProject(sample: SampleProject): Promise<string> {
  const project = await createProject(sample.name, { isSample: true })
  const speakers = new Map<string, Speaker>()
  const now = Date.now()
  const speakerFor = (name: string, sourceType: string | undefined): Speaker => {
    const known = speakers.get(name)
    if (known) return known
    const speaker: Speaker = {
      id: crypto.randomUUID(),
      projectId: project.id,
      name,
      aliases: [],
      defaultSourceType: sourceType ? `source_type.${sourceType}` : null,
      affiliation: '',
      notes: '',
      createdAt: now,
      updatedAt: now,
    }
    speakers.set(name, speaker)
    return speaker
  }
  const items = sample.articles.map((article) => ({
    article: { ...article, text: normaliseText(article.text) },
    provenance: {
      kind: 'sample' as const,
      fileName: null,
      size: null,
      sha256: null,
      importedAt: now,
    },
    extra: {
      attribution: article.attribution,
      attributes: { stance_target: article.stanceTarget },
    },
  }))
  const docs = await addArticles(project.id, items)
  const annotations: Annotation[] = []
  docs.forEach((doc, i) => {
    const { article } = items[i]!
    const source = sample.articles[i]!
    for (const a of source.annotations) {
      const start = article.text.indexOf(a.quote)
      // A quote the normaliser changed is skipped rather than placed at a wrong offset.
      if (start < 0) continue
      const span = describeSpan(article.text, start, start + a.quote.length)
      const speaker = a.speaker ? speakerFor(a.speaker, a.sourceType) : null
      annotations.push({
        id: crypto.randomUUID(),
        projectId: project.id,
        documentId: doc.id,
        coder: SAMPLE_CODER,
        ...span,
        textHash: doc.textHash,
        values: codesOf(a, speaker?.id ?? null),
        memo: a.memo ?? '',
        codebookVersion: 1,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      })
    }
  })
  await db.transaction('rw', db.speakers, db.annotations, async () => {
    await db.speakers.bulkAdd([...speakers.values()])
    await db.annotations.bulkAdd(annotations)
  })
  return project.id
}

/**
 * On the very first start, creates the sample project so a new user sees coded text at once.
 * Runs once per installation: a user who deletes the sample does not get it back. Returns the new
 * project's id, or null when the sample was seeded before.
 */
export async function ensureSampleProject(): Promise<string | null> {
  if (await db.settings.get(SEEDED_KEY)) return null
  // Mark first, in its own transaction: a failed seed must not re-run and duplicate on every start.
  await db.settings.put({ key: SEEDED_KEY, value: true })
  if ((await db.projects.count()) > 0) return null
  const raw: unknown = (await import('../../../../resources/sample-project.json')).default
  return seedSampleProject(sampleProjectSchema.parse(raw))
}
