import type { Codebook } from '../../shared/domain/codebook'
import type { Project } from '../../shared/domain/project'
import { sourcingAndStanceDimensions } from '../../shared/codebook/sourcingAndStance'
import { db } from '../db/NewscoderDb'

/** What goes with a project when it is deleted; shown in the confirmation. */
export type ProjectContents = { documents: number; annotations: number }

function checkName(name: string): string {
  const trimmed = name.trim()
  if (trimmed === '') throw new Error('A project needs a name.')
  if (trimmed.length > 200) throw new Error('Project names are limited to 200 characters.')
  return trimmed
}

/** Creates a project with the default "Sourcing and stance" codebook, in one transaction. */
export async function createProject(
  name: string,
  options: { isSample?: boolean } = {},
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
  const codebook: Codebook = {
    id: crypto.randomUUID(),
    projectId: project.id,
    name: 'Sourcing and stance',
    version: 1,
    dimensions: sourcingAndStanceDimensions(),
    updatedAt: now,
  }
  await db.transaction('rw', db.projects, db.codebooks, db.codebookVersions, async () => {
    await db.projects.add(project)
    await db.codebooks.add(codebook)
    await db.codebookVersions.add({
      id: crypto.randomUUID(),
      projectId: project.id,
      version: codebook.version,
      dimensions: codebook.dimensions,
      note: `Created from the “${codebook.name}” template`,
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
