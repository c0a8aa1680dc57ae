/** Opaque identifiers are random UUID strings so that records from several coders' machines never collide. */
export type Id = string

/** Milliseconds since the Unix epoch (UTC), as `Date.now()` returns. */
export type Timestamp = number
