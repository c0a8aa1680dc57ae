import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// Importing 'electron' in plain Node starts a binary download, so main-process logic takes
// Electron as parameters; only the thin wiring files may import it at runtime.
const WIRING = ['src/main/index.ts', 'src/main/window/createMainWindow.ts']

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

describe('src/main', () => {
  it('imports electron at runtime only in its wiring files', () => {
    const runtimeImporters = sources('src/main')
      .filter((file) => file.endsWith('.ts'))
      .filter((file) => /^import (?!type )[^'"]*from 'electron'/m.test(readFileSync(file, 'utf8')))
      .map((file) => relative('.', file).split('\\').join('/'))
    expect(runtimeImporters.sort()).toEqual(WIRING)
  })
})
