// `npm start`: the desktop app when Electron can run here, the same UI in the browser otherwise.
//   npm start            build, then run the app as shipped (origin app://newscoder, your real data)
//   npm start -- --dev   electron-vite dev server with hot reload (its own origin, so its own data)
//   npm start -- --web   browser mode even when Electron is available
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { findElectronBinary } from './electronBinary.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const DOWNLOAD_TIMEOUT_MS = 60_000

/** Runs a package's JS bin with this Node, so there is no .cmd/shell difference on Windows. */
function run(bin, binArgs, env = {}) {
  const child = spawn(process.execPath, [join(root, bin), ...binArgs], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  })
  // Pass Ctrl+C and kills on, then leave with the child's status rather than orphaning it.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
}

/** One quiet attempt at the electron package's own installer (it fetches the binary lazily). */
function tryDownloadElectron() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/electron/install.js')], {
      cwd: root,
      stdio: 'ignore',
    })
    const notice = setTimeout(
      () => console.log('Newscoder: downloading Electron (first start only)…'),
      2000,
    )
    const timeout = setTimeout(() => child.kill(), DOWNLOAD_TIMEOUT_MS)
    child.on('error', () => resolve(false))
    child.on('exit', (code) => {
      clearTimeout(notice)
      clearTimeout(timeout)
      resolve(code === 0)
    })
  })
}

let binary = args.includes('--web') ? null : findElectronBinary(root)
if (!binary && !args.includes('--web') && (await tryDownloadElectron())) {
  binary = findElectronBinary(root)
}

if (binary) {
  const mode = args.includes('--dev') ? [] : ['preview']
  run('node_modules/electron-vite/bin/electron-vite.js', mode, { ELECTRON_EXEC_PATH: binary })
} else {
  if (!args.includes('--web')) {
    console.log(
      'Newscoder: the Electron binary is not available on this machine (no download possible); starting browser mode instead.',
    )
  }
  run('node_modules/vite/bin/vite.js', ['--config', 'vite.web.config.mts'])
}
