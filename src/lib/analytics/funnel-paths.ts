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

/**
 * Session-days that last longer than this (first to last event) also keep a *timed* path (each
 * element with its offset): a conversion window of at least this long cuts only those, so the
 * funnel answers it from the paths, reading the timed ones with the window. Shorter windows
 * read raw events.
 */
export const FUNNEL_TIMED_MINUTES = 10
/**
 * Whether a funnel with this conversion window is read from raw events: a window under
 * FUNNEL_TIMED_MINUTES needs the times of session-days the rollup keeps no timed path for.
 */
export function funnelWindowReadsEvents(windowMinutes: number | undefined): boolean {
  // Stryker disable next-line ConditionalExpression: equivalent, undefined < n is false; the check is for the type.
  return windowMinutes !== undefined && windowMinutes < FUNNEL_TIMED_MINUTES
}

/**
 * The longest range of a funnel read from raw events (`funnelWindowReadsEvents`), as for the
 * other raw-event dashboards (FILTERED_MAX_DAYS): such a read grows with the events of the range.
 */
export const FUNNEL_RAW_MAX_DAYS = 90

/** Ends the path key of a session-day longer than FUNNEL_TIMED_MINUTES. */
export const FUNNEL_LONG_MARK = "#"
/** Between an element and its offset in a timed path. */
const OFFSET = "@"

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
  // Stryker disable next-line StringLiteral: equivalent, a string is hashed as UTF-8 when no encoding is named.
  return createHash("md5").update(name, "utf8").digest("hex").slice(0, 8)
}

/**
 * A session-day's elements in time order, each with its instant: the sorted codes of the names
 * of one instant joined by "+", an element equal to the one before it dropped.
 */
function pathElements(events: Array<{ event_name: string; occurred_at: Date | string }>): Array<{ element: string; time: number }> {
  const byInstant = new Map<number, Set<string>>()
  for (const event of events) {
    const time = new Date(event.occurred_at).getTime()
    const codes = byInstant.get(time) ?? new Set<string>()
    codes.add(funnelStepCode(event.event_name))
    byInstant.set(time, codes)
  }
  const elements: Array<{ element: string; time: number }> = []
  for (const time of [...byInstant.keys()].sort((a, b) => a - b)) {
    const element = [...byInstant.get(time)!].sort().join(SAME_INSTANT)
    if (element !== elements[elements.length - 1]?.element) {
      elements.push({ element, time })
    }
  }
  return elements
}

/** `path` cut after its last whole element when over FUNNEL_PATH_MAX, and marked. */
function cutPath(path: string): string {
  if (path.length <= FUNNEL_PATH_MAX) {
    return path
  }
  const cut = path.slice(0, FUNNEL_PATH_MAX + 1)
  return `${cut.slice(0, cut.lastIndexOf(ELEMENT))}${ELEMENT}${FUNNEL_PATH_CUT}`
}

/**
 * The stored path of one session-day's events (the SQL in repositories/sql/analytics-funnel.ts
 * builds the same string; the unit tests hold this one to the reference rule).
 */
export function encodeFunnelPath(events: Array<{ event_name: string; occurred_at: Date | string }>): string {
  return cutPath(pathElements(events).map(({ element }) => element).join(ELEMENT))
}

/**
 * The timed path of one session-day's events: the path's elements, each followed by "@" and
 * its offset from the first event in microseconds, hexadecimal (the SQL's
 * `to_hex((extract(epoch from occurred_at - first_at) * 1000000)::bigint)`).
 */
export function encodeTimedFunnelPath(events: Array<{ event_name: string; occurred_at: Date | string }>): string {
  const elements = pathElements(events)
  const first = elements[0]?.time ?? 0
  return cutPath(elements.map(({ element, time }) => `${element}${OFFSET}${((time - first) * 1000).toString(16)}`).join(ELEMENT))
}

/**
 * How many steps (0..codes.length) a session-day with these elements reached: step i at the
 * first element at or after step i-1's holding its code; with `windowMicros`, a later step
 * counts only at most that long after step 1 (exactly at the limit included).
 */
function greedyStepsReached(
  stepCodes: string[],
  elements: Array<{ codes: string[]; micros: number }>,
  windowMicros = Infinity
): number {
  let position = 0
  let start = 0
  // Stryker disable next-line EqualityOperator: equivalent, one step more looks for an undefined code, finds none and returns stepCodes.length.
  for (let step = 0; step < stepCodes.length; step++) {
    let found = -1
    for (let index = position; index < elements.length; index++) {
      if (elements[index].codes.includes(stepCodes[step])) {
        found = index
        break
      }
    }
    // The first later match is the earliest: if it is past the window, every other one is.
    if (found < 0 || (step > 0 && elements[found].micros - start > windowMicros)) {
      return step
    }
    if (step === 0) {
      start = elements[found].micros
    }
    position = found
  }
  return stepCodes.length
}

/**
 * How many steps a session-day with this timed path reached within a conversion window (in
 * milliseconds): greedy, as `stepsReached` with a window (a later step counts at most
 * `windowMs` after step 1, exactly at the limit included).
 */
export function timedPathStepsReached(stepCodes: string[], timed: string, windowMs: number): number {
  const elements = timed.split(ELEMENT).map((element) => {
    const [codes, offset] = element.split(OFFSET)
    // Stryker disable next-line ConditionalExpression: equivalent, parseInt of undefined is NaN too; the check keeps the type a string.
    return { codes: codes.split(SAME_INSTANT), micros: offset === undefined ? NaN : parseInt(offset, 16) }
  })
  return greedyStepsReached(stepCodes, elements, windowMs * 1000)
}

/** How many steps (0..codes.length) a session with this path reached: greedy, as `stepsReached`. */
export function pathStepsReached(stepCodes: string[], path: string): number {
  const elements = (path.endsWith(FUNNEL_LONG_MARK) ? path.slice(0, -1) : path)
    .split(ELEMENT)
    .map((element) => ({ codes: element.split(SAME_INSTANT), micros: 0 }))
  return greedyStepsReached(stepCodes, elements)
}

/** Rows of (path key, sessions) as the funnel's rollup returns them. */
type PathRow = { key: string; value: number }

/** The rollup key of a breakdown row: the value ('-' for none, '=' + value) and the path. */
export function funnelBreakdownRollupKey(value: string | null, path: string): string {
  return `${value === null ? "-" : `=${value}`}${KEY_SEPARATOR}${path}`
}

/** A breakdown row's key split into its value (null for none) and its path or timed path. */
function splitBreakdownKey(key: string): { value: string | null; path: string } {
  const separator = key.lastIndexOf(KEY_SEPARATOR)
  const head = key.slice(0, separator)
  return { value: head === "-" ? null : head.slice(1), path: key.slice(separator + 1) }
}

/** A key without a breakdown: the whole key is the path, of the one value null. */
function wholeKey(key: string): { value: null; path: string } {
  return { value: null, path: key }
}

/**
 * Sessions reaching each step per value (`split` reads a row key's value and path), values no
 * session reached step 1 with left out. Without `window`, from every path row; with a window
 * of at least FUNNEL_TIMED_MINUTES, the session-days no longer than that from their paths (the
 * window cannot cut them) and the longer ones, whose paths are marked, from their timed paths.
 */
function countPerValue(
  steps: string[],
  paths: PathRow[],
  split: (key: string) => { value: string | null; path: string },
  window?: { timed: PathRow[]; minutes: number }
): Map<string | null, number[]> {
  const codes = steps.map(funnelStepCode)
  const perValue = new Map<string | null, number[]>()
  const add = (value: string | null, reached: number, sessions: number) => {
    if (!reached) {
      return
    }
    const counts = perValue.get(value) ?? new Array<number>(steps.length).fill(0)
    for (let step = 0; step < reached; step++) {
      counts[step] += sessions
    }
    perValue.set(value, counts)
  }
  for (const row of paths) {
    if (!window || !row.key.endsWith(FUNNEL_LONG_MARK)) {
      const { value, path } = split(row.key)
      add(value, pathStepsReached(codes, path), row.value)
    }
  }
  if (window) {
    for (const row of window.timed) {
      const { value, path } = split(row.key)
      add(value, timedPathStepsReached(codes, path, window.minutes * 60_000), row.value)
    }
  }
  return perValue
}

/** Sessions reaching each step, from (path, sessions) rows. */
export function countFunnelPaths(steps: string[], rows: PathRow[]): number[] {
  return countPerValue(steps, rows, wholeKey).get(null) ?? steps.map(() => 0)
}

/** `countFunnelPaths` within a conversion window of at least FUNNEL_TIMED_MINUTES (`countPerValue`). */
export function countWindowedFunnelPaths(steps: string[], paths: PathRow[], timed: PathRow[], windowMinutes: number): number[] {
  return countPerValue(steps, paths, wholeKey, { timed, minutes: windowMinutes }).get(null) ?? steps.map(() => 0)
}

/**
 * Sessions reaching each step per breakdown value, from (value + path, sessions) rows: the top
 * `limit` values by step-1 sessions (then value in code-unit order, as the SQL's "C"
 * collation), the sessions without a value as a null key, the other values summed into one row
 * with `other`. Values no session reached step 1 with are left out, as in the SQL funnel.
 */
export function countFunnelPathsByKey(steps: string[], rows: PathRow[], limit: number): FunnelBreakdownCounts[] {
  return rankBreakdownValues(steps.length, countPerValue(steps, rows, splitBreakdownKey), limit)
}

/**
 * `countFunnelPathsByKey` within a conversion window of at least FUNNEL_TIMED_MINUTES: `timed`
 * holds the longer session-days' values and timed paths (`countPerValue`).
 */
export function countWindowedFunnelPathsByKey(
  steps: string[],
  rows: PathRow[],
  timed: PathRow[],
  windowMinutes: number,
  limit: number
): FunnelBreakdownCounts[] {
  return rankBreakdownValues(steps.length, countPerValue(steps, rows, splitBreakdownKey, { timed, minutes: windowMinutes }), limit)
}

/** Most step-1 sessions first, then by value in code-unit order (the SQL's "C" collation). */
function byStepOneThenValue([a, countsA]: [string, number[]], [b, countsB]: [string, number[]]): number {
  // Stryker disable next-line EqualityOperator: equivalent, two values of the map are never equal.
  return countsB[0] - countsA[0] || (a < b ? -1 : 1)
}

/** The per-value counts ranked and cut to `limit` (`countFunnelPathsByKey`). */
function rankBreakdownValues(
  steps: number,
  perValue: Map<string | null, number[]>,
  limit: number
): FunnelBreakdownCounts[] {
  const ranked = [...perValue.entries()]
    .filter((entry): entry is [string, number[]] => entry[0] !== null)
    .sort(byStepOneThenValue)
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
      sessions: Array.from({ length: steps }, (_, step) => rest.reduce((sum, [, counts]) => sum + counts[step], 0)),
    })
  }
  return result
}
