import type { CoderPackage, PackageDocument } from '../../shared/coderPackage/coderPackageSchema'
import {
  CODER_PACKAGE_FORMAT,
  CODER_PACKAGE_VERSION,
} from '../../shared/coderPackage/coderPackageSchema'
import type { NewsDocument } from '../../shared/domain/document'
import { db } from '../db/NewscoderDb'

/**
 * A package ready to save: its file name (`.ncpkg`), the zipped bytes (coding packages and
 * project skeletons share the format) and what it holds, for the confirmation.
 */
export type PackageFile = {
  fileName: string
  content: Uint8Array<ArrayBuffer>
  documents: number
  annotations: number
}

/** A stored document as a package carries it, with its text for skeletons. */
export const toPackageDocument = (d: NewsDocument, text?: string): PackageDocument => ({
  id: d.id,
  title: d.title,
  outlet: d.outlet,
  author: d.author,
  date: d.date,
  url: d.url,
  length: d.length,
  textHash: d.textHash,
  attribution: d.attribution,
  attributes: d.attributes,
  ...(text === undefined ? {} : { text }),
})

/** The fields every package of a project shares: format, sender, project and codebook. */
export async function packageHeader(projectId: string, coder: string, kind: CoderPackage['kind']) {
  const [project, codebook] = await Promise.all([
    db.projects.get(projectId),
    db.codebooks.where('projectId').equals(projectId).first(),
  ])
  if (!project || !codebook) throw new Error('This project no longer exists.')
  return {
    format: CODER_PACKAGE_FORMAT,
    formatVersion: CODER_PACKAGE_VERSION,
    kind,
    createdAt: Date.now(),
    coder,
    project: { id: project.id, name: project.name },
    codebook: { name: codebook.name, version: codebook.version, dimensions: codebook.dimensions },
  } as const
}

/** Today's date (YYYY-MM-DD) for package file names. */
export const packageStamp = (): string => new Date().toISOString().slice(0, 10)
