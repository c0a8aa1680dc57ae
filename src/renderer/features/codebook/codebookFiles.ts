import type { Codebook } from '../../../shared/domain/codebook'
import { codebookToJson } from '../../../shared/codebook/codebookJson'
import { printCodebook } from '../../../shared/codebook/printCodebook'
import { codebookToQdc } from '../../../shared/refiQda/codebookToQdc'
import { fileSlug } from '../../../shared/export/fileSlug'
import { platform } from '../../platform/platform'

/** Saves the codebook as lossless JSON; resolves to false when the user cancels. */
export function saveCodebookJson(codebook: Codebook, projectName: string): Promise<boolean> {
  return platform.saveFile({
    defaultName: `${fileSlug(projectName)}-codebook.json`,
    content: codebookToJson(codebook, Date.now()),
    filterName: 'Codebook (JSON)',
    extensions: ['json'],
  })
}

/** Saves the printable HTML codebook (open it in a browser and print); false when canceled. */
export function saveCodebookHtml(codebook: Codebook, projectName: string): Promise<boolean> {
  return platform.saveFile({
    defaultName: `${fileSlug(projectName)}-codebook.html`,
    content: printCodebook(codebook, projectName, Date.now()),
    filterName: 'Web page (HTML)',
    extensions: ['html'],
  })
}

/** Saves the codebook as a REFI-QDA codebook (.qdc) for other QDA tools; false when canceled. */
export function saveCodebookQdc(codebook: Codebook, projectName: string): Promise<boolean> {
  return platform.saveFile({
    defaultName: `${fileSlug(projectName)}-codebook.qdc`,
    content: codebookToQdc(codebook),
    filterName: 'REFI-QDA codebook',
    extensions: ['qdc'],
  })
}
