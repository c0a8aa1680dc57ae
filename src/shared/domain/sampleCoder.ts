/**
 * The coder name on the shipped sample project's example spans. Those spans are a sandbox for
 * learning to code, so every coder may change them (`annotationOwnership`); a real coder is never
 * given this name because it is not a person's name.
 */
export const SAMPLE_CODER = 'Newscoder sample'
