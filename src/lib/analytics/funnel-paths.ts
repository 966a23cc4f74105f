/**
 * Funnels from stored session paths (issue 18). A funnel's steps are any event names chosen at
 * read time, so the hourly rollup cannot store per-step counts; it stores, per report day, how
 * many sessions took each *path*: the session-day's events in time order, each name as an
 * 8-hex-digit code, the names of one instant as one element (a set), and an element equal to
 * the one before it dropped. Greedy matching on that path gives exactly what the reference rule
 * (`stepsReached` in reports.ts) gives on the events, because:
 * - step i is the first event named like step i at or after the instant of step i-1: an element
 *   holds every name of one instant, so "at or after" is "in this element or a later one";
 * - a repeated element adds nothing: a match in the second copy would have been found in the first.
 * A store's paths repeat (most sessions are a few page views), so a year of stored days is read
 * as a few thousand rows instead of millions of events (docs/scaling.md, "The funnel").
 */
import { createHash } from "crypto"
import type { FunnelBreakdownCounts } from "./funnel"

/** Characters of a stored path (8 hex digits and a separator per element: 200 elements). */
export const FUNNEL_PATH_MAX = 1800
/** The element appended to a path cut at FUNNEL_PATH_MAX. */
export const FUNNEL_PATH_CUT = "~"
/** Characters of a breakdown value in a funnel (the rollup key holds the value and the path). */
export const FUNNEL_KEY_MAX = 150

const ELEMENT = "."
const SAME_INSTANT = "+"
/** Between the breakdown value and the path in a rollup key (a path never contains it). */
const KEY_SEPARATOR = "|"

/**
 * An event name's code in a path: the first 8 hex digits of its MD5, as PostgreSQL's
 * `substr(md5(event_name), 1, 8)` gives it. Two names of one store sharing a code (a 32-bit
 * collision, ~3 in 10 million for 50 names) would be counted as one.
 */
export function funnelStepCode(name: string): string {
  return createHash("md5").update(name, "utf8").digest("hex").slice(0, 8)
}

/**
 * The stored path of one session-day's events (the SQL in repositories/sql/analytics-funnel.ts
 * builds the same string; the unit tests hold this one to the reference rule).
 */
export function encodeFunnelPath(events: Array<{ event_name: string; occurred_at: Date | string }>): string {
  const byInstant = new Map<number, Set<string>>()
  for (const event of events) {
    const time = new Date(event.occurred_at).getTime()
    const codes = byInstant.get(time) ?? new Set<string>()
    codes.add(funnelStepCode(event.event_name))
    byInstant.set(time, codes)
  }
  const elements: string[] = []
  for (const time of [...byInstant.keys()].sort((a, b) => a - b)) {
    const element = [...byInstant.get(time)!].sort().join(SAME_INSTANT)
    if (element !== elements[elements.length - 1]) {
      elements.push(element)
    }
  }
  const path = elements.join(ELEMENT)
  if (path.length <= FUNNEL_PATH_MAX) {
    return path
  }
  const cut = path.slice(0, FUNNEL_PATH_MAX + 1)
  return `${cut.slice(0, cut.lastIndexOf(ELEMENT))}${ELEMENT}${FUNNEL_PATH_CUT}`
}

/** How many steps (0..codes.length) a session with this path reached: greedy, as `stepsReached`. */
export function pathStepsReached(stepCodes: string[], path: string): number {
  const elements = path.split(ELEMENT).map((element) => element.split(SAME_INSTANT))
  let position = 0
  for (let step = 0; step < stepCodes.length; step++) {
    let found = -1
    for (let index = position; index < elements.length; index++) {
      if (elements[index].includes(stepCodes[step])) {
        found = index
        break
      }
    }
    if (found < 0) {
      return step
    }
    position = found
  }
  return stepCodes.length
}

/** Sessions reaching each step, from (path, sessions) rows. */
export function countFunnelPaths(steps: string[], rows: Array<{ key: string; value: number }>): number[] {
  const codes = steps.map(funnelStepCode)
  const counts = steps.map(() => 0)
  for (const row of rows) {
    const reached = pathStepsReached(codes, row.key)
    for (let step = 0; step < reached; step++) {
      counts[step] += row.value
    }
  }
  return counts
}

/** The rollup key of a breakdown row: the value ('-' for none, '=' + value) and the path. */
export function funnelBreakdownRollupKey(value: string | null, path: string): string {
  return `${value === null ? "-" : `=${value}`}${KEY_SEPARATOR}${path}`
}

/**
 * Sessions reaching each step per breakdown value, from (value + path, sessions) rows: the top
 * `limit` values by step-1 sessions (then value in code-unit order, as the SQL's "C"
 * collation), the sessions without a value as a null key, the other values summed into one row
 * with `other`. Values no session reached step 1 with are left out, as in the SQL funnel.
 */
export function countFunnelPathsByKey(
  steps: string[],
  rows: Array<{ key: string; value: number }>,
  limit: number
): FunnelBreakdownCounts[] {
  const codes = steps.map(funnelStepCode)
  const perValue = new Map<string | null, number[]>()
  for (const row of rows) {
    const separator = row.key.lastIndexOf(KEY_SEPARATOR)
    const head = row.key.slice(0, separator)
    const value = head === "-" ? null : head.slice(1)
    const reached = pathStepsReached(codes, row.key.slice(separator + 1))
    if (!reached) {
      continue
    }
    const counts = perValue.get(value) ?? steps.map(() => 0)
    for (let step = 0; step < reached; step++) {
      counts[step] += row.value
    }
    perValue.set(value, counts)
  }
  const ranked = [...perValue.entries()]
    .filter((entry): entry is [string, number[]] => entry[0] !== null)
    .sort(([a, countsA], [b, countsB]) => countsB[0] - countsA[0] || (a < b ? -1 : a > b ? 1 : 0))
  const result: FunnelBreakdownCounts[] = ranked
    .slice(0, limit)
    .map(([key, sessions]) => ({ key, other: false, sessions }))
  const none = perValue.get(null)
  if (none) {
    result.push({ key: null, other: false, sessions: none })
  }
  const rest = ranked.slice(limit)
  if (rest.length) {
    result.push({
      key: null,
      other: true,
      sessions: steps.map((_, step) => rest.reduce((sum, [, counts]) => sum + counts[step], 0)),
    })
  }
  return result
}
