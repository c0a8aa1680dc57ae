// Node's ESM loader needs `with { type: 'json' }` on JSON imports and gives them a default export
// only; Vite (which builds the app) allows `import { version } from '../package.json'`. Benches
// that import app modules in Node register this hook (module.register) so those imports load the
// same way there: a JSON file becomes a module with a default export plus one named export per
// top-level key.
import { readFile } from 'node:fs/promises'

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.json')) return nextLoad(url, context)
  const value = JSON.parse(await readFile(new URL(url), 'utf8'))
  const names = Object.keys(value).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key))
  const source = [
    `const value = ${JSON.stringify(value)}`,
    'export default value',
    // `export { vN as name }`: an export name may be a reserved word ("private"), a const may not.
    ...names.map(
      (name, i) => `const v${i} = value[${JSON.stringify(name)}]\nexport { v${i} as ${name} }`,
    ),
  ].join('\n')
  return { format: 'module', source, shortCircuit: true }
}
