import { bounceRate, fillBuckets, listHours, sumFigures, weekStart } from "../timeseries"

describe("time series buckets", () => {
  it("finds the Monday of a day's week", () => {
    expect(weekStart("2026-10-01")).toBe("2026-09-28") // Thursday
    expect(weekStart("2026-09-28")).toBe("2026-09-28") // Monday
    expect(weekStart("2026-10-04")).toBe("2026-09-28") // Sunday
  })

  it("fills days without rows with zeros and sums weeks within the range", () => {
    const rows = [
      { bucket: "2026-10-01", key: "page_views", value: 3 },
      { bucket: "2026-10-05", key: "page_views", value: 2 },
      { bucket: "2026-10-05", key: "revenue_reais", value: 10 },
      { bucket: "2026-10-05", key: "revenue_cents", value: 5 },
      { bucket: "2026-09-30", key: "page_views", value: 100 }, // outside the range
    ]
    const days = fillBuckets({ from: "2026-10-01", to: "2026-10-05" }, "day", rows)
    expect(days.map((bucket) => bucket.page_views)).toEqual([3, 0, 0, 0, 2])
    expect(days[4].revenue).toBe(10.05)
    const weeks = fillBuckets({ from: "2026-10-01", to: "2026-10-05" }, "week", rows)
    expect(weeks.map(({ bucket, from, to, page_views }) => ({ bucket, from, to, page_views }))).toEqual([
      { bucket: "2026-09-28", from: "2026-10-01", to: "2026-10-04", page_views: 3 },
      { bucket: "2026-10-05", from: "2026-10-05", to: "2026-10-05", page_views: 2 },
    ])
  })

  it("lists 24 wall-clock hours per day", () => {
    const hours = listHours("2026-10-01", "2026-10-02")
    expect(hours).toHaveLength(48)
    expect(hours[0]).toBe("2026-10-01T00:00")
    expect(hours[47]).toBe("2026-10-02T23:00")
  })

  it("sums figures and rates bounces", () => {
    const totals = sumFigures([
      { bucket: "a", key: "bounced_sessions", value: 1 },
      { bucket: "b", key: "sessions_with_page_view", value: 3 },
      { bucket: "b", key: "revenue_cents", value: 99 },
      { bucket: "b", key: "unknown", value: 7 },
    ])
    expect(totals.revenue).toBe(0.99)
    expect(bounceRate(totals)).toBe(0.3333)
    expect(bounceRate({ bounced_sessions: 0, sessions_with_page_view: 0 })).toBe(0)
  })
})
