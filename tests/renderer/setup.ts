// Dexie needs an IndexedDB; fake-indexeddb gives every test file a fresh in-memory one.
import 'fake-indexeddb/auto'
