import type { Codebook } from '../domain/codebook'
import { codeNodeXml } from './codeNodeXml'
import type { CodeTreeOptions } from './codeTree'
import { codebookCodeTree } from './codeTree'
import { refiGuid } from './refiGuid'
import { refiXmlBuilder } from './refiXmlBuilder'

/** Namespace of REFI-QDA codebook files (Codebook.xsd). */
export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0'

/** Value of the `origin` attribute Newscoder writes, and recognises on import. */
export const NEWSCODER_ORIGIN = 'Newscoder'

/**
 * Returns a REFI-QDA codebook (`.qdc`, QDA-XML codebook 1.0) for a Newscoder codebook: each
 * dimension a top-level code with its values as child codes (hierarchy and colours kept), GUIDs
 * stable across exports. See `codebookCodeTree` for the mapping and the options (speakers as
 * codes; the `newscoder:` description line that lets `qdcToCodebook` restore the dimensions). A
 * codebook without dimensions gets one non-codable code named after it, since the schema needs
 * at least one code.
 */
export function codebookToQdc(codebook: Codebook, options: CodeTreeOptions = {}): string {
  const nodes = codebookCodeTree(codebook, options)
  const codes = codeNodeXml(
    nodes.length > 0
      ? nodes
      : [
          {
            guid: refiGuid('codebook', codebook.id),
            name: codebook.name || 'Codebook',
            isCodable: false,
            color: null,
            description: '',
            children: [],
          },
        ],
  )
  return refiXmlBuilder().build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    CodeBook: {
      '@_xmlns': CODEBOOK_NAMESPACE,
      '@_origin': NEWSCODER_ORIGIN,
      Codes: { Code: codes },
    },
  }) as string
}
