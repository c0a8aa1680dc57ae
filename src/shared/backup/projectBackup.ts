import type { Annotation } from '../domain/annotation'
import type { ArticleCoding } from '../domain/articleCoding'
import type { Codebook } from '../domain/codebook'
import type { CodebookVersion } from '../domain/codebookVersion'
import type { DocumentText, NewsDocument } from '../domain/document'
import type { Project } from '../domain/project'
import type { Speaker } from '../domain/speaker'

/** A settings row of the project (its key names the project id). */
export type BackupSetting = { key: string; value: unknown }

/** Everything of one project, table by table, deleted rows included (the trash goes along). */
export type ProjectBackup = {
  project: Project
  documents: NewsDocument[]
  texts: DocumentText[]
  codebooks: Codebook[]
  codebookVersions: CodebookVersion[]
  speakers: Speaker[]
  annotations: Annotation[]
  articleCodings: ArticleCoding[]
  settings: BackupSetting[]
}
