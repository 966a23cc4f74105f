import {
  baselineMean,
  DEFAULT_DATA_HEALTH_THRESHOLDS,
  DIGEST_METRICS,
  digestRows,
  evaluateDataHealth,
  weekStartOf,
  type DataHealthThresholds,
  type TableHealth,
} from ".."

const table = (name: string, rowsPerDay: number[]): TableHealth => ({
  table: name,
  rows: rowsPerDay.reduce((a, b) => a + b, 0),
  rows_estimated: false,
  bytes: 8192,
  oldest_created_at: "2026-11-01T00:00:00.000Z",
  rows_per_day: rowsPerDay,
  retention_due: null,
})

const thresholds = (overrides: Partial<DataHealthThresholds> = {}): DataHealthThresholds => ({
  ...DEFAULT_DATA_HEALTH_THRESHOLDS,
  ...overrides,
})

const day = "2026-12-03"

describe("data health alerts", () => {
  it("averages the baseline days before the last day only", () => {
    expect(baselineMean([10, 20, 30, 400], 7)).toBe(20)
    expect(baselineMean([1, 10, 20, 30, 400], 3)).toBe(20)
    expect(baselineMean([400], 7)).toBeNull()
    expect(baselineMean([], 7)).toBeNull()
  })

  it("raises growth when the last day passes the factor times the baseline, and not at exactly the factor", () => {
    const alerts = evaluateDataHealth(
      { day, tables: [table("lead", [10, 10, 10, 31]), table("lead_note", [10, 10, 10, 30])], helioCostUsd: 0, upstreams: [] },
      thresholds()
    )
    expect(alerts).toEqual([
      {
        key: "table_growth:lead:2026-12-03",
        kind: "table_growth",
        subject: "lead",
        value: 3.1,
        limit: 3,
        message: "lead grew 3.1x faster on 2026-12-03 than its average of the 3 days before (31 rows against 10)",
      },
    ])
  })

  it("needs an earlier day with rows: a first day of data or a quiet table is no alarm", () => {
    expect(evaluateDataHealth({ day, tables: [table("event", [0, 0, 500])], helioCostUsd: 0, upstreams: [] }, thresholds())).toEqual([])
    expect(evaluateDataHealth({ day, tables: [table("event", [500])], helioCostUsd: 0, upstreams: [] }, thresholds())).toEqual([])
    expect(
      evaluateDataHealth({ day, tables: [table("event", [1, 1, 9])], helioCostUsd: 0, upstreams: [] }, thresholds({ growthFactor: null }))
    ).toEqual([])
  })

  it("checks rows per day against the table's own limit, else the '*' limit", () => {
    const limits = thresholds({ growthFactor: null, maxRowsPerDay: { event: 1000, "*": 100, lead_note: null } })
    const alerts = evaluateDataHealth(
      {
        day,
        tables: [table("event", [900, 1000]), table("lead", [100, 101]), table("lead_note", [5000, 5000]), table("event2", [0, 100])],
        helioCostUsd: 0,
        upstreams: [],
      },
      limits
    )
    expect(alerts.map((alert) => [alert.key, alert.value, alert.limit])).toEqual([["table_rows_per_day:lead:2026-12-03", 101, 100]])
    expect(alerts[0].message).toBe("lead gained 101 rows on 2026-12-03, above the limit of 100 a day")
  })

  it("raises the assistant's budget only above it, and only when a budget is set", () => {
    expect(evaluateDataHealth({ day, tables: [], helioCostUsd: 12.5, upstreams: [] }, thresholds())).toEqual([])
    expect(evaluateDataHealth({ day, tables: [], helioCostUsd: 10, upstreams: [] }, thresholds({ helioDailyBudgetUsd: 10 }))).toEqual([])
    const [alert] = evaluateDataHealth({ day, tables: [], helioCostUsd: 10.004, upstreams: [] }, thresholds({ helioDailyBudgetUsd: 10 }))
    expect(alert).toMatchObject({ key: "helio_budget:2026-12-03", kind: "helio_budget", value: 10, limit: 10 })
    expect(alert.message).toBe("The assistant cost US$ 10.00 on 2026-12-03, above the daily budget of US$ 10.00")
  })

  it("raises an upstream's error rate above the limit once it had enough calls", () => {
    const upstreams = [
      { upstream: "aneel", calls: 20, errors: 5 },
      { upstream: "pvlib", calls: 19, errors: 19 },
      { upstream: "google_solar", calls: 50, errors: 10 },
    ]
    const alerts = evaluateDataHealth({ day, tables: [], helioCostUsd: 0, upstreams }, thresholds())
    expect(alerts).toEqual([
      {
        key: "upstream_errors:aneel:2026-12-03",
        kind: "upstream_errors",
        subject: "aneel",
        value: 0.25,
        limit: 0.2,
        message: "aneel failed 5 of 20 calls on 2026-12-03 (25%), above the limit of 20%",
      },
    ])
    expect(evaluateDataHealth({ day, tables: [], helioCostUsd: 0, upstreams }, thresholds({ upstreamErrorRate: null }))).toEqual([])
  })
})

describe("weekly digest", () => {
  const figures = (value: number) =>
    Object.fromEntries(DIGEST_METRICS.map((metric) => [metric, value])) as Parameters<typeof digestRows>[0]

  it("sets each figure beside the week before with the change, none from a week of 0", () => {
    const rows = digestRows({ ...figures(10), visitors: 150, revenue_brl: 0 }, { ...figures(10), visitors: 120, sessions: 0, revenue_brl: 40 })
    expect(rows.map((row) => row.metric)).toEqual(DIGEST_METRICS)
    expect(rows[0]).toEqual({ metric: "visitors", current: 150, previous: 120, change: 0.25 })
    expect(rows[1]).toEqual({ metric: "sessions", current: 10, previous: 0, change: null })
    expect(rows.find((row) => row.metric === "revenue_brl")).toEqual({ metric: "revenue_brl", current: 0, previous: 40, change: -1 })
    expect(digestRows(figures(2), figures(3))[0].change).toBe(-0.333)
  })

  it("starts weeks on Monday", () => {
    expect(weekStartOf("2026-12-03")).toBe("2026-11-30") // a Thursday
    expect(weekStartOf("2026-11-30")).toBe("2026-11-30") // the Monday itself
    expect(weekStartOf("2026-12-06")).toBe("2026-11-30") // the Sunday
    expect(weekStartOf("2027-01-01")).toBe("2026-12-28") // across a year
  })
})
