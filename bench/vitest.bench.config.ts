import { defineConfig } from 'vitest/config'

// Unit tests of the bench's data generators (tests/bench); the app's own Vitest projects do not
// include them. Run: npx vitest run --config bench/vitest.bench.config.ts
export default defineConfig({
  test: { environment: 'node', include: ['tests/bench/**/*.test.ts'] },
})
