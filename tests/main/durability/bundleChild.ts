import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'rolldown'

/**
 * Bundles the child-process fixture, with the real journal and snapshot modules it imports, into
 * one plain .mjs that Node 20 runs directly: the child executes exactly the code the app ships,
 * with no TypeScript loader and no second copy of the logic. rolldown is Vite 8's own bundler.
 */
export async function bundleChild(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'newscoder-child-')), 'durabilityChild.mjs')
  await build({
    input: join(import.meta.dirname, 'fixtures/durabilityChild.ts'),
    platform: 'node',
    logLevel: 'silent',
    output: { file, format: 'esm' },
  })
  return file
}
