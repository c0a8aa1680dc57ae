import type { Codebook } from '../../shared/domain/codebook'
import type { Project } from '../../shared/domain/project'
import type { CodebookTemplateId } from '../../shared/codebook/templates/codebookTemplates'
import { codebookTemplate } from '../../shared/codebook/templates/codebookTemplates'
import { db } from '../db/NewscoderDb'

/** What goes with a project when it is deleted; shown in the confirmation. */
export type ProjectContents = { documents: number; annotations: number }

function checkName(name: string): string {
  const trimmed = name.trim()
  if (trimmed === '') throw new Error('A project needs a name.')
  if (trimmed.length > 200) throw new Error('Project names are limited to 200 characters.')
  return trimmed
}

/** Where a new project's codebook comes from: a template, or a copy of another project's. */
export type CodebookSource =
  { kind: 'template'; template: CodebookTemplateId } | { kind: 'copy'; projectId: string }

/**
 * Creates a project in one transaction, with a codebook from a template (by default "Sourcing
 * and stance") or copied from another project (its current dimensions, ids and all).
 */
export async function createProject(
  name: string,
  options: { isSample?: boolean; codebook?: CodebookSource } = {},
): Promise<Project> {
  const now = Date.now()
  const project: Project = {
    id: crypto.randomUUID(),
    name: checkName(name),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    isSample: options.isSample ?? false,
  }
  const source = options.codebook ?? { kind: 'template', template: 'sourcing-and-stance' }
  const template = source.kind === 'template' ? codebookTemplate(source.template) : null
  const codebook: Codebook = {
    id: crypto.randomUUID(),
    projectId: project.id,
    name: template?.name ?? '',
    version: 1,
    dimensions: template?.dimensions() ?? [],
    updatedAt: now,
  }
  let note = `Created from the “${codebook.name}” template`
  await db.transaction('rw', db.projects, db.codebooks, db.codebookVersions, async () => {
    if (source.kind === 'copy') {
      const [original, from] = await Promise.all([
        db.codebooks.where('projectId').equals(source.projectId).first(),
        db.projects.get(source.projectId),
      ])
      if (!original) throw new Error('The project to copy the codebook from no longer exists.')
      codebook.name = original.name
      codebook.dimensions = structuredClone(original.dimensions)
      note = `Copied from the codebook of “${from?.name ?? 'another project'}” (version ${original.version})`
    }
    await db.projects.add(project)
    await db.codebooks.add(codebook)
    await db.codebookVersions.add({
      id: crypto.randomUUID(),
      projectId: project.id,
      version: codebook.version,
      dimensions: codebook.dimensions,
      note,
      coder: '',
      createdAt: now,
    })
  })
  return project
}

/** Renames a project. */
export async function renameProject(id: string, name: string): Promise<void> {
  const checked = checkName(name)
  await db.transaction('rw', db.projects, async () => {
    await db.projects.update(id, { name: checked, updatedAt: Date.now() })
  })
}

/** Counts the live documents and annotations of a project. */
export async function countProjectContents(id: string): Promise<ProjectContents> {
  const [documents, annotations] = await Promise.all([
    db.documents
      .where('projectId')
      .equals(id)
      .filter((d) => d.deletedAt === null)
      .count(),
    db.annotations
      .where('projectId')
      .equals(id)
      .filter((a) => a.deletedAt === null)
      .count(),
  ])
  return { documents, annotations }
}

/**
 * Moves a project to the trash. Its documents and annotations stay untouched underneath, so
 * restoring the project brings everything back.
 */
export async function deleteProject(id: string): Promise<void> {
  await db.transaction('rw', db.projects, async () => {
    await db.projects.update(id, { deletedAt: Date.now(), updatedAt: Date.now() })
  })
}

/** Brings a project back from the trash. */
export async function restoreProject(id: string): Promise<void> {
  await db.transaction('rw', db.projects, async () => {
    await db.projects.update(id, { deletedAt: null, updatedAt: Date.now() })
  })
}

/** Live projects, most recently changed first. */
export async function listProjects(): Promise<Project[]> {
  const all = await db.projects.orderBy('updatedAt').reverse().toArray()
  return all.filter((p) => p.deletedAt === null)
}
