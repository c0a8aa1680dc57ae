import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Path of an Electron executable that exists on disk, or null - found without
 * `require('electron')`, which would start a download as a side effect.
 * Honours ELECTRON_EXEC_PATH (what electron-vite reads) and ELECTRON_OVERRIDE_DIST_PATH (what the
 * electron package reads), then the binary the electron package installed.
 */
export function findElectronBinary(root = process.cwd(), env = process.env) {
  const moduleDir = join(root, 'node_modules', 'electron')
  const pathFile = join(moduleDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined
  const candidates = [
    env.ELECTRON_EXEC_PATH,
    env.ELECTRON_OVERRIDE_DIST_PATH &&
      join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? 'electron'),
    relative && join(moduleDir, 'dist', relative),
  ]
  return candidates.find((candidate) => candidate && existsSync(candidate)) ?? null
}
