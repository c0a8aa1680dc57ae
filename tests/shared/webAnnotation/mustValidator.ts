import { readFileSync, readdirSync } from 'node:fs'
import Ajv from 'ajv-draft-04'
import type { ValidateFunction } from 'ajv'

/** The W3C web-annotation-tests suite, read in place from the shared reference folder. */
export const SUITE = new URL('../../../../shared/reference/web-annotation/', import.meta.url)

const json = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'))

// RFC 3986 absolute URI: a scheme, a colon, then no whitespace or characters URIs exclude.
const URI = /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s"<>\\^`{|}]*$/
// RFC 3339 date-time, as the model requires for created, modified and generated.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i

/** One failed MUST assertion: its file and the suite's error message. */
export type Failure = { assertion: string; message: string }

/**
 * Builds a validator from the suite's MUST manifest (`annotations/annotationMusts.test`): every
 * assertion schema listed there, compiled with the shared definitions (draft-04, as the suite is
 * written). An annotation passes when every assertion validates (all of them expect "valid").
 */
export function mustValidator(): (annotation: unknown) => Failure[] {
  const ajv = new Ajv({ strict: false, allErrors: false })
  ajv.addFormat('uri', URI)
  ajv.addFormat('date-time', DATE_TIME)
  for (const file of readdirSync(new URL('definitions/', SUITE))) {
    ajv.addSchema(json(new URL(`definitions/${file}`, SUITE)) as object)
  }
  const manifest = json(new URL('annotations/annotationMusts.test', SUITE)) as {
    assertions: string[]
  }
  const checks: { assertion: string; message: string; validate: ValidateFunction }[] =
    manifest.assertions.map((path) => {
      const schema = json(new URL(path, SUITE)) as { errorMessage?: string }
      return {
        assertion: path,
        message: schema.errorMessage ?? path,
        validate: ajv.compile(schema),
      }
    })
  return (annotation) =>
    checks
      .filter((c) => !c.validate(annotation))
      .map((c) => ({ assertion: c.assertion, message: c.message }))
}

// Target and body types of the 2016 drafts, dropped from the final model (a Composite, List or
// Independents resource is now just several targets): judged by their items.
const DROPPED_TYPES = new Set(['Composite', 'List', 'Independents'])

function undraft(annotation: { [key: string]: unknown }): { [key: string]: unknown } {
  const copy = { ...annotation }
  for (const key of ['target', 'body']) {
    const value = copy[key] as { type?: unknown; items?: unknown } | undefined
    if (typeof value?.type === 'string' && DROPPED_TYPES.has(value.type)) copy[key] = value.items
  }
  return copy
}

/**
 * Checks a whole JSON-LD document against the MUST assertions: an Annotation directly; an
 * AnnotationCollection or AnnotationPage through each annotation embedded in it, which inherits
 * the container's @context (the suite's assertions describe single annotations); draft target
 * types through their items (`undraft`); text that is not a JSON object fails.
 */
export function checkDocument(
  validate: (annotation: unknown) => Failure[],
  document: unknown,
  inherited?: unknown,
): Failure[] {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return [{ assertion: 'json', message: 'not a JSON object' }]
  }
  // An embedded annotation inherits its container's @context, as JSON-LD scoping says.
  const own = document as { [key: string]: unknown }
  const doc =
    own['@context'] === undefined && inherited !== undefined
      ? { '@context': inherited, ...own }
      : own
  const items = (page: unknown): unknown[] =>
    typeof page === 'object' && page !== null && Array.isArray((page as { items?: unknown }).items)
      ? (page as { items: unknown[] }).items
      : []
  if (doc.type === 'AnnotationCollection' || doc.type === 'AnnotationPage') {
    const list = doc.type === 'AnnotationPage' ? items(doc) : items(doc.first)
    return list.flatMap((item) => checkDocument(validate, item, doc['@context']))
  }
  return validate(undraft(doc))
}

/** The suite's sample documents of one folder, by file name (text that is not JSON as a string). */
export function samples(kind: 'correct' | 'incorrect'): [string, unknown][] {
  const folder = new URL(`tools/samples/${kind}/`, SUITE)
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const raw = readFileSync(new URL(f, folder), 'utf8')
      try {
        return [f, JSON.parse(raw) as unknown]
      } catch {
        return [f, raw]
      }
    })
}
