import { createHash } from "crypto"
import {
  countFunnelPaths,
  countFunnelPathsByKey,
  countWindowedFunnelPaths,
  countWindowedFunnelPathsByKey,
  encodeFunnelPath,
  funnelWindowReadsEvents,
  encodeTimedFunnelPath,
  FUNNEL_LONG_MARK,
  FUNNEL_TIMED_MINUTES,
  timedPathStepsReached,
  FUNNEL_PATH_CUT,
  FUNNEL_PATH_MAX,
  funnelBreakdownRollupKey,
  funnelStepCode,
  pathStepsReached,
} from "../funnel-paths"
import { stepsReached } from "../reports"
import { seededRandom } from "../../__tests__/seeded-random"

const at = (second: number) => new Date(Date.UTC(2026, 9, 1, 12, 0, second))
const ev = (event_name: string, second: number) => ({ event_name, occurred_at: at(second) })
const code = funnelStepCode

describe("funnelStepCode", () => {
  it("is the first 8 hex digits of the name's MD5 (PostgreSQL's substr(md5(name), 1, 8))", () => {
    expect(code("page_view")).toBe(createHash("md5").update("page_view").digest("hex").slice(0, 8))
    expect(code("page_view")).toMatch(/^[0-9a-f]{8}$/)
    // UTF-8 bytes, as PostgreSQL hashes a UTF8 database's text.
    expect(code("simulação")).toBe(createHash("md5").update(Buffer.from("simulação", "utf8")).digest("hex").slice(0, 8))
    expect(code("page_view")).not.toBe(code("add_to_cart"))
  })
})

describe("encodeFunnelPath", () => {
  it("writes one element per instant, the instant's names sorted, and drops an element equal to the one before", () => {
    const [view, cart] = [code("page_view"), code("add_to_cart")]
    const path = encodeFunnelPath([
      ev("page_view", 3), // out of order on purpose: the path is in time order
      ev("page_view", 1),
      ev("page_view", 2),
      ev("page_view", 4),
      ev("page_view", 4), // the same name twice in one instant
      ev("add_to_cart", 4), // its code sorts before page_view's: the element is sorted, not in arrival order
      ev("page_view", 5),
    ])
    expect(cart < view).toBe(true)
    expect(path).toBe([view, `${cart}+${view}`, view].join("."))
  })

  it("cuts a path longer than FUNNEL_PATH_MAX at an element and marks it", () => {
    const events = Array.from({ length: 400 }, (_, index) => ev(index % 2 ? "a" : "b", index))
    const path = encodeFunnelPath(events)
    expect(path.length).toBeLessThanOrEqual(FUNNEL_PATH_MAX + 2)
    expect(path.endsWith(`.${FUNNEL_PATH_CUT}`)).toBe(true)
    expect(path.split(".").slice(0, -1).every((element) => /^[0-9a-f]{8}$/.test(element))).toBe(true)
    expect(path.split(".")).toHaveLength(201) // 200 elements of 9 characters, then the mark
    // Under the limit, no mark.
    expect(encodeFunnelPath(events.slice(0, 200))).not.toContain(FUNNEL_PATH_CUT)
  })

  it("keeps a path of exactly FUNNEL_PATH_MAX characters whole", () => {
    // A plain path is 9n - 1 characters long, never 1800; a timed path's offsets vary in length.
    const seconds = [...Array.from({ length: 102 }, (_, index) => index), 300, 301, 302, 303, 304]
    const events = seconds.map((second, index) => ev(index % 2 ? "a" : "b", second))
    const timed = encodeTimedFunnelPath(events)
    expect(timed).toHaveLength(FUNNEL_PATH_MAX)
    expect(timed).not.toContain(FUNNEL_PATH_CUT)
    const longer = encodeTimedFunnelPath([...events, ev(events.length % 2 ? "a" : "b", 305)])
    expect(longer.endsWith(`.${FUNNEL_PATH_CUT}`)).toBe(true)
    expect(encodeTimedFunnelPath([])).toBe("")
  })
})

describe("pathStepsReached", () => {
  const steps = ["page_view", "add_to_cart", "checkout"]
  const codes = steps.map(code)

  it("matches greedily, a later step in the same instant counting (a tie)", () => {
    expect(pathStepsReached(codes, encodeFunnelPath([ev("add_to_cart", 1), ev("page_view", 2)]))).toBe(1)
    expect(pathStepsReached(codes, encodeFunnelPath([ev("add_to_cart", 2), ev("page_view", 2), ev("checkout", 3)]))).toBe(3)
    expect(pathStepsReached(codes, encodeFunnelPath([ev("checkout", 1), ev("add_to_cart", 2)]))).toBe(0)
    expect(pathStepsReached(codes, encodeFunnelPath([ev("page_view", 1), ev("checkout", 2), ev("add_to_cart", 3)]))).toBe(2)
  })

  it("agrees with the reference rule on 2,000 generated sessions and funnels", () => {
    const random = seededRandom(18)
    const names = ["page_view", "add_to_cart", "checkout", "purchase", "scroll"]
    let compared = 0
    const reachedAll = [0, 0, 0, 0]
    for (let session = 0; session < 2000; session++) {
      // Few distinct seconds, so ties are frequent.
      const events = Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
        ev(names[Math.floor(random() * names.length)], Math.floor(random() * 8))
      )
      const funnel = [...names].sort(() => random() - 0.5).slice(0, 2 + Math.floor(random() * 3))
      const expected = stepsReached(funnel, events)
      expect(pathStepsReached(funnel.map(code), encodeFunnelPath(events))).toBe(expected)
      reachedAll[Math.min(expected, 3)]++
      compared++
    }
    expect(compared).toBe(2000)
    // The data exercises every outcome.
    expect(reachedAll.every((count) => count > 50)).toBe(true)
  })
})

describe("countFunnelPaths / countFunnelPathsByKey", () => {
  const steps = ["page_view", "add_to_cart"]
  const both = encodeFunnelPath([ev("page_view", 1), ev("add_to_cart", 2)])
  const viewOnly = encodeFunnelPath([ev("page_view", 1)])
  const cartOnly = encodeFunnelPath([ev("add_to_cart", 1)])

  it("sums sessions per step over the paths", () => {
    expect(
      countFunnelPaths(steps, [
        { key: both, value: 3 },
        { key: viewOnly, value: 5 },
        { key: cartOnly, value: 7 },
      ])
    ).toEqual([8, 3])
    // No session reaching step 1: zeros, with or without a window.
    expect(countFunnelPaths(steps, [])).toEqual([0, 0])
    expect(countFunnelPaths(steps, [{ key: cartOnly, value: 7 }])).toEqual([0, 0])
    expect(countWindowedFunnelPaths(steps, [{ key: cartOnly, value: 7 }], [], 30)).toEqual([0, 0])
  })

  it("keeps the top keys by step-1 sessions (ties by key), the sessions without a value, and the rest as other", () => {
    const rows = [
      { key: funnelBreakdownRollupKey("mobile", both), value: 2 },
      { key: funnelBreakdownRollupKey("mobile", viewOnly), value: 1 },
      { key: funnelBreakdownRollupKey("tablet", viewOnly), value: 1 },
      { key: funnelBreakdownRollupKey("desktop", both), value: 1 },
      { key: funnelBreakdownRollupKey("tv", cartOnly), value: 9 }, // never step 1: left out
      { key: funnelBreakdownRollupKey(null, viewOnly), value: 4 },
      // A value containing the separator stays whole (the path is after the last one).
      { key: funnelBreakdownRollupKey("a|b", both), value: 1 },
    ]
    expect(countFunnelPathsByKey(steps, rows, 2)).toEqual([
      { key: "mobile", other: false, sessions: [3, 2] },
      { key: "a|b", other: false, sessions: [1, 1] },
      { key: null, other: false, sessions: [4, 0] },
      { key: null, other: true, sessions: [2, 1] }, // desktop + tablet
    ])
    expect(countFunnelPathsByKey(steps, rows, 10).map((row) => row.key)).toEqual(["mobile", "a|b", "desktop", "tablet", null])
  })

  it("orders tied values by value whatever their order in the rows, and adds no empty rows", () => {
    const values = ["e", "c", "a", "d", "b", "f"]
    const rows = values.map((value) => ({ key: funnelBreakdownRollupKey(value, both), value: 1 }))
    expect(countFunnelPathsByKey(steps, rows, 10).map((row) => row.key)).toEqual(["a", "b", "c", "d", "e", "f"])
    expect(countFunnelPathsByKey(steps, [...rows].reverse(), 10).map((row) => row.key)).toEqual(["a", "b", "c", "d", "e", "f"])
    // Every value kept: no row for sessions without a value, none for "other".
    expect(countFunnelPathsByKey(steps, rows, 6).every((row) => row.key !== null && !row.other)).toBe(true)
  })
})

describe("timed paths (conversion windows of FUNNEL_TIMED_MINUTES or more)", () => {
  it("writes each element's offset from the first event in microseconds, hexadecimal", () => {
    const [view, cart] = [code("page_view"), code("add_to_cart")]
    expect(encodeTimedFunnelPath([ev("add_to_cart", 3), ev("page_view", 1), ev("page_view", 2)])).toBe(
      `${view}@0.${cart}@${(2_000_000).toString(16)}`
    )
  })

  it("agrees with the reference rule with a window on 2,000 generated sessions", () => {
    const random = seededRandom(19)
    const names = ["page_view", "add_to_cart", "checkout", "purchase", "scroll"]
    const outcomes = new Set<string>()
    for (let session = 0; session < 2000; session++) {
      // Seconds over 20 minutes, some repeated (ties); windows from 1 second to 20 minutes.
      const events = Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
        ev(names[Math.floor(random() * names.length)], Math.floor(random() * 20) * 60 + (random() < 0.3 ? 0 : Math.floor(random() * 60)))
      )
      const funnel = [...names].sort(() => random() - 0.5).slice(0, 2 + Math.floor(random() * 3))
      const windowMs = [1_000, 60_000, 300_000, 600_000, 1_200_000][Math.floor(random() * 5)]
      const expected = stepsReached(funnel, events, windowMs)
      expect(timedPathStepsReached(funnel.map(code), encodeTimedFunnelPath(events), windowMs)).toBe(expected)
      outcomes.add(`${expected}/${stepsReached(funnel, events)}`)
    }
    // The windows do cut: sessions reach fewer steps with the window than without.
    expect([...outcomes].some((pair) => pair.split("/")[0] < pair.split("/")[1])).toBe(true)
  })

  it("counts short session-days from their paths and the longer ones from their timed paths", () => {
    const steps = ["page_view", "add_to_cart"]
    const short = encodeFunnelPath([ev("page_view", 1), ev("add_to_cart", 2)])
    const longEvents = [ev("page_view", 0), { event_name: "add_to_cart", occurred_at: new Date(at(0).getTime() + 30 * 60_000) }]
    const paths = [
      { key: short, value: 2 },
      { key: `${encodeFunnelPath(longEvents)}${FUNNEL_LONG_MARK}`, value: 1 },
    ]
    const timed = [{ key: encodeTimedFunnelPath(longEvents), value: 1 }]
    // Without a window the long one counts through its marked path too.
    expect(countFunnelPaths(steps, paths)).toEqual([3, 3])
    expect(countWindowedFunnelPaths(steps, paths, timed, 30)).toEqual([3, 3])
    expect(countWindowedFunnelPaths(steps, paths, timed, 29)).toEqual([3, 2])
    expect(FUNNEL_TIMED_MINUTES).toBe(10)
  })

  it("leaves windows under FUNNEL_TIMED_MINUTES to raw events", () => {
    expect(funnelWindowReadsEvents(undefined)).toBe(false)
    expect(funnelWindowReadsEvents(1)).toBe(true)
    expect(funnelWindowReadsEvents(FUNNEL_TIMED_MINUTES - 1)).toBe(true)
    expect(funnelWindowReadsEvents(FUNNEL_TIMED_MINUTES)).toBe(false)
    expect(funnelWindowReadsEvents(24 * 60)).toBe(false)
  })

  it("does the same per breakdown value, ranking the values as without a window", () => {
    const steps = ["page_view", "add_to_cart"]
    const short = encodeFunnelPath([ev("page_view", 1), ev("add_to_cart", 2)])
    const longEvents = [ev("page_view", 0), { event_name: "add_to_cart", occurred_at: new Date(at(0).getTime() + 30 * 60_000) }]
    const long = `${encodeFunnelPath(longEvents)}${FUNNEL_LONG_MARK}`
    const rows = [
      { key: funnelBreakdownRollupKey("mobile", short), value: 1 },
      { key: funnelBreakdownRollupKey("mobile", long), value: 2 },
      { key: funnelBreakdownRollupKey("desktop", short), value: 2 },
      { key: funnelBreakdownRollupKey(null, long), value: 1 },
    ]
    const timed = [
      { key: funnelBreakdownRollupKey("mobile", encodeTimedFunnelPath(longEvents)), value: 2 },
      { key: funnelBreakdownRollupKey(null, encodeTimedFunnelPath(longEvents)), value: 1 },
    ]
    // Unmarked rows, marked rows and timed rows all counted once: the same as without a window.
    expect(countWindowedFunnelPathsByKey(steps, rows, timed, 30, 10)).toEqual(countFunnelPathsByKey(steps, rows, 10))
    expect(countWindowedFunnelPathsByKey(steps, rows, timed, 29, 10)).toEqual([
      { key: "mobile", other: false, sessions: [3, 1] },
      { key: "desktop", other: false, sessions: [2, 2] },
      { key: null, other: false, sessions: [1, 0] },
    ])
    expect(countWindowedFunnelPathsByKey(steps, rows, timed, 29, 1)).toEqual([
      { key: "mobile", other: false, sessions: [3, 1] },
      { key: null, other: false, sessions: [1, 0] },
      { key: null, other: true, sessions: [2, 2] },
    ])
  })
})
