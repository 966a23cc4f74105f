/**
 * Rounds half away from zero to `decimals` places. The relative nudge corrects binary
 * representation error (1.005 * 100 = 100.49999999999999) without moving honest values.
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals
  const rounded = Math.round(Math.abs(value) * factor * (1 + Number.EPSILON)) / factor
  // Avoid -0: it serialises as 0 but fails Object.is / toBe(0) comparisons.
  return value < 0 && rounded !== 0 ? -rounded : rounded
}
