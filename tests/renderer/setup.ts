// Dexie needs an IndexedDB; fake-indexeddb gives every test file a fresh in-memory one.
import 'fake-indexeddb/auto'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Vitest runs without globals, so Testing Library cannot register its own cleanup: unmount every
// rendered tree after each test, or React keeps scheduling work for components of finished tests
// (and, after the last test, for a torn-down environment).
afterEach(() => {
  cleanup()
})
