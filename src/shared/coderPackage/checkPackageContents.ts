import { checkDimensions } from '../codebook/checkDimensions'
import { sha256Hex } from '../text/sha256Hex'
import type { CoderPackage } from './coderPackageSchema'

/**
 * The references inside a schema-valid package that the schema cannot see, checked before
 * anything is written: the codebook is sound (`checkDimensions`: unique ids, columns, parents),
 * every document is listed once, every text a package carries hashes to its `textHash` and has
 * its `length`, every annotation and article coding refers to a listed document; a project
 * skeleton carries the text of every document and no coding. Returns a sentence naming the first
 * problem, or null when there is none.
 */
export function checkPackageContents(pkg: CoderPackage): string | null {
  const codebookProblem = checkDimensions(pkg.codebook.dimensions)[0]
  if (codebookProblem !== undefined) return `The package’s codebook is unusable: ${codebookProblem}`
  const skeleton = pkg.kind === 'skeleton'
  const documentIds = new Set<string>()
  for (const doc of pkg.documents) {
    if (documentIds.has(doc.id)) return `The package lists the document “${doc.title}” twice.`
    documentIds.add(doc.id)
    if (doc.text === undefined) {
      if (skeleton) return `The project skeleton lacks the text of “${doc.title}”.`
      continue
    }
    if (doc.text.length !== doc.length || sha256Hex(doc.text) !== doc.textHash) {
      return `The text of “${doc.title}” does not match its hash.`
    }
  }
  if (skeleton && (pkg.annotations.length > 0 || pkg.articleCodings.length > 0)) {
    return 'A project skeleton carries no coding, but this one holds annotations or article codes.'
  }
  const stray = [...pkg.annotations, ...pkg.articleCodings].find(
    (a) => !documentIds.has(a.documentId),
  )
  if (stray) return `The package codes a document it does not list (${stray.documentId}).`
  return null
}
