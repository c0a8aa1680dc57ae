import type { CoderPackage } from '../../shared/coderPackage/coderPackageSchema'
import { decodeCoderPackage } from '../../shared/coderPackage/decodeCoderPackage'
import type { MergePlan } from '../../shared/coderPackage/planPackageMerge'
import { receiveCoding } from './receiveCoding'
import { receiveSkeleton } from './receiveSkeleton'

/** What receiving a package did, for the report dialog. */
export type ReceiveReport = {
  kind: CoderPackage['kind']
  from: string
  projectId: string
  projectName: string
  createdProject: boolean
  addedDocuments: number
  added: number
  updated: number
  unchanged: number
  codings: number
  refused: MergePlan['refused']
  missingDocuments: MergePlan['missingDocuments']
  codebookConflict: MergePlan['codebookConflict']
}

/**
 * "Receive coding": decodes a package file (JSON or zipped) and merges it. A skeleton creates its
 * project (same id, name and codebook) if this installation lacks it and adds the documents whose
 * text it does not have; a coding package merges into the project of the same id, or else into
 * the open project, by `planPackageMerge` (documents by text hash; another coder's work is never
 * overwritten). Throws with the decoder's message for a file that is not a valid package.
 */
export async function receiveCoderPackage(
  bytes: Uint8Array,
  openProjectId: string | null,
): Promise<ReceiveReport> {
  const decoded = decodeCoderPackage(bytes)
  if (!decoded.ok) throw new Error(decoded.error)
  return decoded.pkg.kind === 'skeleton'
    ? receiveSkeleton(decoded.pkg)
    : receiveCoding(decoded.pkg, openProjectId)
}
