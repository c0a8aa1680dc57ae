import type { Annotation } from '../domain/annotation'

/** How often a speaker is coded: live spans, the distinct documents they are in, trashed spans. */
export type SpeakerUsage = { spans: number; documents: number; trashedSpans: number }

/** The part of an annotation the tally reads. */
export type UsageSource = Pick<Annotation, 'documentId' | 'values' | 'deletedAt'>

/** A running count fed one annotation at a time (so a 100k-row table streams through it). */
export type SpeakerUsageTally = {
  add: (annotation: UsageSource) => void
  /** The counts so far, by speaker id; speakers never seen are absent (read them as zero). */
  result: () => Map<string, SpeakerUsage>
}

/**
 * Starts a tally of speaker usage over the dimensions `speakerDimensionIds`. A span naming the
 * same speaker in two dimensions counts once. Trashed spans are counted apart: they do not show
 * in the registry's counts, but they still reference the speaker (a restore brings them back).
 */
export function tallySpeakerUsage(speakerDimensionIds: readonly string[]): SpeakerUsageTally {
  const spans = new Map<string, number>()
  const trashed = new Map<string, number>()
  const documents = new Map<string, Set<string>>()
  return {
    add(annotation) {
      const seen = new Set<string>()
      for (const dimensionId of speakerDimensionIds) {
        const value = annotation.values[dimensionId]
        if (typeof value === 'string' && value !== '') seen.add(value)
      }
      for (const id of seen) {
        if (annotation.deletedAt !== null) {
          trashed.set(id, (trashed.get(id) ?? 0) + 1)
          continue
        }
        spans.set(id, (spans.get(id) ?? 0) + 1)
        let docs = documents.get(id)
        if (!docs) documents.set(id, (docs = new Set()))
        docs.add(annotation.documentId)
      }
    },
    result() {
      const out = new Map<string, SpeakerUsage>()
      for (const id of new Set([...spans.keys(), ...trashed.keys()])) {
        out.set(id, {
          spans: spans.get(id) ?? 0,
          documents: documents.get(id)?.size ?? 0,
          trashedSpans: trashed.get(id) ?? 0,
        })
      }
      return out
    },
  }
}
