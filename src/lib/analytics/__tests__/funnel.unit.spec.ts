import { DomainError } from "../../errors"
import { FUNNEL_WINDOW_MAX_MINUTES, parseFunnelWindow, shapeFunnelBreakdown, windowCanCut } from "../funnel"
import { stepsReached } from "../reports"

describe("parseFunnelWindow", () => {
  it.each([
    ["30m", 30],
    ["2h", 120],
    ["1d", 1440],
    ["7D", 7 * 1440],
    [" 90d ", FUNNEL_WINDOW_MAX_MINUTES],
    [1, 1],
    [129_600, 129_600],
  ])("reads %j as %d minutes", (raw, minutes) => {
    expect(parseFunnelWindow(raw)).toBe(minutes)
  })

  it.each(["", "30", "m", "1w", "-1d", "1.5h", "0m", "91d", "2161h", "1d2h", "1e3m"])("refuses %j", (raw) => {
    expect(() => parseFunnelWindow(raw)).toThrow(DomainError)
  })

  it.each([0, -5, 1.5, FUNNEL_WINDOW_MAX_MINUTES + 1])("refuses %d minutes", (raw) => {
    expect(() => parseFunnelWindow(raw)).toThrow(/1 minute to 90 days/)
  })
})

describe("stepsReached with a conversion window", () => {
  const steps = ["page_view", "add_to_cart", "checkout"]
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 9, 12, minute))
  const MINUTE = 60_000

  it("counts a later step exactly at the window, not a millisecond after", () => {
    const events = [
      { event_name: "page_view", occurred_at: at(0) },
      { event_name: "add_to_cart", occurred_at: at(10) },
      { event_name: "checkout", occurred_at: at(30) },
    ]
    expect(stepsReached(steps, events)).toBe(3)
    expect(stepsReached(steps, events, 30 * MINUTE)).toBe(3) // at W counts
    expect(stepsReached(steps, events, 30 * MINUTE - 1)).toBe(2) // checkout just outside
    expect(stepsReached(steps, events, 5 * MINUTE)).toBe(1)
  })

  it("measures from step 1, not from the previous step", () => {
    const events = [
      { event_name: "page_view", occurred_at: at(0) },
      { event_name: "add_to_cart", occurred_at: at(20) },
      { event_name: "checkout", occurred_at: at(40) },
    ]
    // 20 minutes between each pair, but checkout is 40 minutes after the page view.
    expect(stepsReached(steps, events, 30 * MINUTE)).toBe(2)
  })

  it("counts a tie and starts at the first step-1 event", () => {
    const tie = [
      { event_name: "page_view", occurred_at: at(0) },
      { event_name: "add_to_cart", occurred_at: at(0) },
      { event_name: "checkout", occurred_at: at(0) },
    ]
    expect(stepsReached(steps, tie, MINUTE)).toBe(3)
    // A second page view later does not restart the window (documented rule).
    const late = [
      { event_name: "page_view", occurred_at: at(0) },
      { event_name: "page_view", occurred_at: at(50) },
      { event_name: "add_to_cart", occurred_at: at(55) },
    ]
    expect(stepsReached(steps, late, 30 * MINUTE)).toBe(1)
    expect(stepsReached(steps, late)).toBe(2)
  })
})

describe("shapeFunnelBreakdown", () => {
  it("orders keys by step-1 sessions, none and other last, and sums the overall funnel", () => {
    const { overall, breakdown } = shapeFunnelBreakdown(
      ["a", "b"],
      [
        { key: null, other: true, sessions: [9, 1] },
        { key: "mobile", other: false, sessions: [4, 1] },
        { key: null, other: false, sessions: [5, 0] },
        { key: "desktop", other: false, sessions: [4, 2] },
        { key: "tablet", other: false, sessions: [6, 3] },
      ]
    )
    expect(overall).toEqual([28, 7])
    expect(breakdown.map((row) => [row.key, row.other])).toEqual([
      ["tablet", false],
      ["desktop", false],
      ["mobile", false],
      [null, false],
      [null, true],
    ])
    expect(breakdown[0].overall_conversion).toBe(0.5)
    expect(breakdown[1].steps[1]).toEqual({
      step: 2,
      name: "b",
      sessions: 2,
      conversion_from_previous: 0.5,
      conversion_from_start: 0.5,
      drop_off: 2,
    })
  })

  it("answers an empty breakdown with a zero funnel", () => {
    expect(shapeFunnelBreakdown(["a", "b"], [])).toEqual({ overall: [0, 0], breakdown: [] })
  })
})

describe("windowCanCut", () => {
  const november = { from: "2026-10-25", to: "2026-11-05" }
  it("is false without a window, and for a window of a whole day where no day is longer", () => {
    expect(windowCanCut(undefined, november, "America/Sao_Paulo")).toBe(false)
    expect(windowCanCut(1440, november, "America/Sao_Paulo")).toBe(false)
    expect(windowCanCut(1439, november, "America/Sao_Paulo")).toBe(true)
    expect(windowCanCut(30, november, "UTC")).toBe(true)
  })

  it("takes the longest day of the range: 25 hours when daylight saving time ends in it", () => {
    // New York leaves daylight saving time on 2026-11-01: that day has 25 hours.
    expect(windowCanCut(1440, november, "America/New_York")).toBe(true)
    expect(windowCanCut(1499, november, "America/New_York")).toBe(true)
    expect(windowCanCut(1500, november, "America/New_York")).toBe(false)
    // A range without the change: 24 hours.
    expect(windowCanCut(1440, { from: "2026-11-02", to: "2026-11-30" }, "America/New_York")).toBe(false)
    // The day it begins (2026-03-08) has 23 hours: a 1-day window cuts nothing there either.
    expect(windowCanCut(1380, { from: "2026-03-08", to: "2026-03-08" }, "America/New_York")).toBe(false)
    expect(windowCanCut(1379, { from: "2026-03-08", to: "2026-03-08" }, "America/New_York")).toBe(true)
  })
})
