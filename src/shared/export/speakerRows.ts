import type { Annotation } from '../domain/annotation'
import type { Codebook } from '../domain/codebook'
import type { Speaker } from '../domain/speaker'
import type { AnnotationTable } from './annotationRows'
import type { ProjectExportInput } from './exportTables'
import { isoTime } from './isoTime'
import { liveRecords } from './liveRecords'
import { MULTI_VALUE_SEPARATOR } from './dimensionColumns'

/** Columns of speakers.csv, in order. */
export const SPEAKER_COLUMNS = [
  'speaker_id',
  'name',
  'aliases',
  'affiliation',
  'gender',
  'party',
  'default_source_type',
  'notes',
  'spans',
  'documents',
  'created',
  'updated',
] as const

// Fields the registry may or may not carry yet (gender, party): read without assuming them.
type SpeakerFields = Speaker & { gender?: string; party?: string }

/** Counts, batch by batch, the live spans and documents naming each speaker (speakers.csv). */
export type SpeakerTally = {
  /** Counts live annotations of live documents (the caller leaves the others out). */
  add(annotations: readonly Annotation[]): void
  /** The table, sorted by name (see `buildSpeakerRows`). */
  table(speakers: readonly Speaker[]): AnnotationTable
}

/** Returns an empty tally of speakers.csv for `codebook`; see `buildSpeakerRows`. */
export function speakerTally(codebook: Codebook): SpeakerTally {
  const speakerDimensions = codebook.dimensions.filter((d) => d.kind === 'speaker')
  const labels = new Map<string, string>()
  for (const d of codebook.dimensions) for (const v of d.values) labels.set(v.id, v.label)
  const spans = new Map<string, number>()
  const documents = new Map<string, Set<string>>()

  const add = (annotations: readonly Annotation[]): void => {
    for (const a of annotations) {
      const named = new Set<string>()
      for (const d of speakerDimensions) {
        const value = a.values[d.id]
        if (typeof value === 'string') named.add(value)
        else if (Array.isArray(value)) for (const id of value) named.add(id)
      }
      for (const id of named) {
        spans.set(id, (spans.get(id) ?? 0) + 1)
        const set = documents.get(id)
        if (set === undefined) documents.set(id, new Set([a.documentId]))
        else set.add(a.documentId)
      }
    }
  }

  const table = (speakers: readonly Speaker[]): AnnotationTable => {
    const days = new Map<number, string>()
    const sorted = [...speakers].sort(
      (a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1),
    )
    const rows = sorted.map((speaker) => {
      const s = speaker as SpeakerFields
      const source = s.defaultSourceType
      return [
        s.id,
        s.name,
        s.aliases.join(MULTI_VALUE_SEPARATOR),
        s.affiliation,
        s.gender ?? '',
        s.party ?? '',
        source === null ? '' : (labels.get(source) ?? source),
        s.notes,
        String(spans.get(s.id) ?? 0),
        String(documents.get(s.id)?.size ?? 0),
        isoTime(s.createdAt, days),
        isoTime(s.updatedAt, days),
      ]
    })
    return { header: [...SPEAKER_COLUMNS], rows }
  }
  return { add, table }
}

/**
 * Returns speakers.csv: the project's speaker registry sorted by name, one row per speaker, with
 * aliases joined by "; ", the label of the default source type (its id when the codebook no
 * longer has it), and how many live spans name the speaker in any speaker dimension and in how
 * many live documents.
 */
export function buildSpeakerRows(input: ProjectExportInput): AnnotationTable {
  const { annotations } = liveRecords(input.documents, input.annotations)
  const tally = speakerTally(input.codebook)
  tally.add(annotations)
  return tally.table(input.speakers)
}
