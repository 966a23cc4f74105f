/**
 * A seeded generator of numbers in [0, 1) (mulberry32) for tests that draw data: the same seed
 * gives the same data on every run. Not an LCG in floating point: `state * 1103515245` loses its
 * low bits past 2^53, and such a generator fell into a cycle of ~10,000 values, so a test
 * drawing 2,000 sessions saw a few hundred distinct ones.
 */
export function seededRandom(seed: number): () => number {
  let state = seed | 0
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
