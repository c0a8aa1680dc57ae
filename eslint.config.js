import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const restrict = (patterns, message) => restrictAll([[patterns, message]])

// Several zones can cover one file, and a later `no-restricted-imports` replaces an earlier one:
// a narrower zone therefore repeats the wider zone's rules alongside its own.
const restrictAll = (zones) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: zones.flatMap(([patterns, message]) =>
        patterns.map((group) => ({ group: [group], message })),
      ),
    },
  ],
})

const RENDERER_ZONE = [
  ['electron', 'node:*', '**/main/**'],
  'The renderer reaches the OS only through platform/.',
]

export default tseslint.config(
  {
    ignores: ['out', 'dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  // Layer rules (docs/ARCHITECTURE.md): the pure core imports no runtime; the renderer never imports Electron or Node.
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict(
      [
        'electron',
        'node:*',
        'react',
        'react-dom',
        'dexie',
        '@tiptap/*',
        '**/renderer/**',
        '**/main/**',
        '**/preload/**',
      ],
      'src/shared is pure: no Electron, Node, DOM, React or Dexie.',
    ),
  },
  {
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.tsx'],
    rules: restrictAll([RENDERER_ZONE]),
  },
  // Features call actions, actions call durability/ and db/, never the other way round.
  {
    files: ['src/renderer/actions/**/*.ts'],
    rules: restrictAll([
      RENDERER_ZONE,
      [['**/features/**'], 'Actions never import features: move what both need below them.'],
    ]),
  },
  {
    files: ['src/renderer/durability/**/*.ts', 'src/renderer/db/**/*.ts'],
    rules: restrictAll([
      RENDERER_ZONE,
      [
        ['**/features/**', '**/actions/**'],
        'durability/ and db/ sit below actions and features and import neither.',
      ],
    ]),
  },
  // The reader draws what it is given (features/shell/ReaderPane gathers it) and never queries.
  {
    files: ['src/renderer/features/reader/**/*.ts', 'src/renderer/features/reader/**/*.tsx'],
    rules: restrictAll([
      RENDERER_ZONE,
      [
        [
          'dexie',
          'dexie-react-hooks',
          '**/db/**',
          '**/durability/**',
          // Another feature's hooks (useProjectCodebook, useVisibleAnnotations…) query.
          '../*/use*',
        ],
        'The reader never queries the database: take the data as props from ReaderPane.',
      ],
    ]),
  },
  {
    files: ['src/main/**/*.ts'],
    rules: restrict(
      ['**/renderer/**', 'react', 'react-dom', 'dexie'],
      'Main does files and the OS only.',
    ),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict(
      ['**/main/**', '**/renderer/**', 'zod', 'react'],
      'The preload only forwards channels.',
    ),
  },
)
