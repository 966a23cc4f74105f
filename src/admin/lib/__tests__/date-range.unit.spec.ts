import {
  changeRatio,
  comparisonRange,
  daysInRange,
  defaultInterval,
  isIsoDay,
  presetRange,
  readDateRange,
  todayIn,
} from "../date-range"

const params = (query: string) => new URLSearchParams(query)

describe("dashboard date ranges", () => {
  it("turns each preset into days ending today, both ends included", () => {
    expect(presetRange("today", "2026-12-04")).toEqual({ from: "2026-12-04", to: "2026-12-04" })
    expect(presetRange("7d", "2026-12-04")).toEqual({ from: "2026-11-28", to: "2026-12-04" })
    expect(presetRange("30d", "2026-03-01")).toEqual({ from: "2026-01-31", to: "2026-03-01" })
    expect(daysInRange(presetRange("90d", "2026-12-04"))).toBe(90)
    expect(daysInRange(presetRange("12m", "2026-12-04"))).toBe(365)
  })

  it("compares with the same number of days just before, or the same days a year earlier", () => {
    expect(comparisonRange({ from: "2026-11-28", to: "2026-12-04" }, "previous")).toEqual({ from: "2026-11-21", to: "2026-11-27" })
    expect(comparisonRange({ from: "2026-12-04", to: "2026-12-04" }, "previous")).toEqual({ from: "2026-12-03", to: "2026-12-03" })
    expect(comparisonRange({ from: "2028-02-01", to: "2028-02-29" }, "year")).toEqual({ from: "2027-02-01", to: "2027-02-28" })
    expect(comparisonRange({ from: "2026-01-01", to: "2026-01-31" }, "none")).toBeNull()
  })

  it("picks hours up to two days, weeks from 120 days, days between", () => {
    expect(defaultInterval({ from: "2026-12-03", to: "2026-12-04" })).toBe("hour")
    expect(defaultInterval({ from: "2026-12-02", to: "2026-12-04" })).toBe("day")
    expect(defaultInterval(presetRange("90d", "2026-12-04"))).toBe("day")
    expect(defaultInterval({ from: "2026-08-07", to: "2026-12-04" })).toBe("week")
    expect(defaultInterval({ from: "2026-08-08", to: "2026-12-04" })).toBe("day")
  })

  it("reads the URL, and falls back to the preset for a missing, unknown or backwards range", () => {
    expect(readDateRange(params("range=7d&compare=year"), "2026-12-04")).toEqual({
      preset: "7d",
      range: { from: "2026-11-28", to: "2026-12-04" },
      comparison: "year",
    })
    expect(readDateRange(params("range=custom&from=2026-10-01&to=2026-10-15"), "2026-12-04")).toEqual({
      preset: "custom",
      range: { from: "2026-10-01", to: "2026-10-15" },
      comparison: "previous",
    })
    expect(readDateRange(params("range=custom&from=2026-10-15&to=2026-10-01"), "2026-12-04").preset).toBe("30d")
    expect(readDateRange(params("range=custom&from=2026-02-30&to=2026-03-01"), "2026-12-04").preset).toBe("30d")
    expect(readDateRange(params("range=forever&compare=decade"), "2026-12-04", "7d")).toEqual({
      preset: "7d",
      range: { from: "2026-11-28", to: "2026-12-04" },
      comparison: "previous",
    })
  })

  it("accepts only real calendar days", () => {
    expect(isIsoDay("2028-02-29")).toBe(true)
    expect(isIsoDay("2026-02-29")).toBe(false)
    expect(isIsoDay("2026-2-01")).toBe(false)
    expect(isIsoDay(20261204)).toBe(false)
  })

  it("writes today in the given time zone", () => {
    const lateEvening = new Date("2026-12-05T01:30:00Z")
    expect(todayIn("America/Sao_Paulo", lateEvening)).toBe("2026-12-04")
    expect(todayIn("UTC", lateEvening)).toBe("2026-12-05")
  })

  it("gives the change as a ratio, and none without a non-zero earlier figure", () => {
    expect(changeRatio(125, 100)).toBe(0.25)
    expect(changeRatio(50, 100)).toBe(-0.5)
    expect(changeRatio(-50, -100)).toBe(0.5)
    expect(changeRatio(10, 0)).toBeNull()
    expect(changeRatio(10, null)).toBeNull()
    expect(changeRatio(null, 10)).toBeNull()
  })
})
