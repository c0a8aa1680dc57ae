/** The Weyl increment that advances mulberry32's state. */
const INCREMENT = 0x6d2b79f5

/** mulberry32's output for a state: two multiply-xorshift rounds, an unsigned 32-bit integer. */
function mix(state: number): number {
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return (t ^ (t >>> 14)) >>> 0
}

/**
 * A small seeded pseudo-random number generator: mulberry32 by Tommy Ettinger (2017, public
 * domain), a 32-bit state advanced by the Weyl increment 0x6d2b79f5 and mixed with two
 * multiply-xorshift rounds. Fast, period 2³², good enough for resampling (not for cryptography).
 * `seed` is taken modulo 2³². Returns a function yielding floats in [0, 1); the same seed always
 * yields the same sequence, on every JavaScript engine.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + INCREMENT) >>> 0
    return mix(state) / 4294967296
  }
}
