import { readFileSync } from 'node:fs'
import { validateXML } from 'xmllint-wasm'

/** The REFI-QDA schemas kept in the shared reference folder (read in place, never copied). */
export const REFI_DIR = new URL('../../../../shared/reference/refi-qda/', import.meta.url)

/** Returns libxml2's schema errors for `xml` against the named XSD (empty when it is valid). */
export async function xsdErrors(
  xml: string,
  schema: 'Codebook.xsd' | 'Project-mrt2019.xsd',
): Promise<string[]> {
  const xsd = readFileSync(new URL(schema, REFI_DIR), 'utf8')
  const result = await validateXML({
    xml: [{ fileName: 'input.xml', contents: xml }],
    schema: [xsd],
    maxMemoryPages: 16384,
  })
  return result.errors.map((e) => e.rawMessage)
}
