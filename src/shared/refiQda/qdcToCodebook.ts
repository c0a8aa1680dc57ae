import type { Dimension } from '../domain/codebook'
import { codesToDimensions } from './codesToDimensions'
import { children, parseRefiXml } from './parseRefiXml'

/**
 * Reads a REFI-QDA codebook (`.qdc`) and returns its codes as Newscoder dimensions, with a report
 * of what could not be mapped as is. A codebook written by Newscoder (`codebookToQdc`) gives its
 * dimensions back (ids, columns, kinds, ranks, hierarchy, colours); codes from another tool
 * become the values of one multi-choice dimension "Codes" with their hierarchy, descriptions and
 * colours (see `codesToDimensions`). Sets are not imported and are reported. Throws, with a
 * specific message, on unsafe or malformed XML, a root other than `<CodeBook>` or no codes.
 */
export function qdcToCodebook(xml: string): { dimensions: Dimension[]; report: string[] } {
  const root = parseRefiXml(xml, 'CodeBook')
  const codes = children(root, 'Codes').flatMap((c) => children(c, 'Code'))
  if (codes.length === 0) throw new Error('The codebook holds no codes.')
  const { dimensions, report, speakers } = codesToDimensions(codes)
  if (speakers.length > 0) {
    report.push(
      `${speakers.length} speaker code${speakers.length === 1 ? ' was' : 's were'} not imported: speakers belong to a project's registry, not to its codebook.`,
    )
  }
  const sets = children(root, 'Sets').flatMap((s) => children(s, 'Set'))
  if (sets.length > 0) {
    report.push(
      `${sets.length} set${sets.length === 1 ? ' was' : 's were'} not imported: Newscoder has no code sets.`,
    )
  }
  return { dimensions, report }
}
