/**
 * How long to wait before the next attempt after `failures` failed sends in a row: exponential
 * from `baseMs`, capped at `maxMs`, with "full jitter" (a random point of the window, AWS's
 * recommendation) so a thousand tabs that lost the server at once do not come back in step.
 * A server's Retry-After wins when it is longer.
 */
export function retryDelayMs(
  failures: number,
  options: { baseMs: number; maxMs: number },
  random: () => number,
  retryAfterMs?: number
): number {
  const window = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, failures - 1))
  const jittered = Math.round(window / 2 + random() * (window / 2))
  return Math.max(jittered, retryAfterMs ?? 0)
}
