import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const restrict = (patterns, message) => ({
  'no-restricted-imports': [
    'error',
    { patterns: patterns.map((group) => ({ group: [group], message })) },
  ],
})

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
    rules: restrict(
      ['electron', 'node:*', '**/main/**'],
      'The renderer reaches the OS only through platform/.',
    ),
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
