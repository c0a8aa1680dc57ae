// Starts pouchdb-server (the CouchDB stand-in of the tests) with one fix to its validation
// plugin: pouchdb-validation 4.2.0 overwrites an incoming document's `_revisions` with the stored
// document's before running validate_doc_update and never puts it back, so a replicated update
// (`_bulk_docs` with new_edits=false, how every CouchDB client sends changes) is acknowledged
// and silently not stored whenever the database has a validate_doc_update. CouchDB itself has
// no such step. The fix restores the incoming `_revisions` once validation has run.
import Module, { createRequire } from 'node:module'

const BUGGY = 'newDoc._revisions = (oldDoc || {})._revisions;'
const compile = Module.prototype._compile
Module.prototype._compile = function (content, filename) {
  if (filename.replaceAll('\\', '/').endsWith('pouchdb-validation/lib/index.js')) {
    if (!content.includes(BUGGY)) throw new Error('pouchdb-validation changed: review the fix')
    content = content
      .replace(BUGGY, `var incomingRevisions = newDoc._revisions; ${BUGGY} try {`)
      .replace(
        '//passed all validation functions (no errors thrown) -> success',
        '} finally { newDoc._revisions = incomingRevisions; }',
      )
  }
  return compile.call(this, content, filename)
}

// pouchdb-server is CommonJS: loading it through require lets the hook above see its modules.
createRequire(import.meta.url)('pouchdb-server/bin/pouchdb-server')
