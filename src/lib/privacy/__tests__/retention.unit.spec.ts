import {
  emptyRetentionCounts,
  isLeadPastRetention,
  leadClosedAt,
  RETENTION_MODELS,
  retentionCutoff,
  retentionCutoffs,
  retentionRules,
  RetentionOptions,
} from "../retention"

const DAY_MS = 86_400_000
const NOW = new Date("2027-03-10T12:00:00.000Z")
const daysBefore = (days: number) => new Date(NOW.getTime() - days * DAY_MS)

const DEFAULTS: RetentionOptions = {
  eventsDays: 400,
  catalogAccessLogsDays: 400,
  ragQueriesDays: 730,
  leadsAfterClosedDays: 730,
  financingSimulationsDays: 730,
  solarViabilityAnalysesDays: 730,
  photogrammetryAnalysesDays: 730,
  chunkSize: 1000,
}

describe("retention cutoffs", () => {
  it("is now minus the period in whole days, or null when kept forever", () => {
    expect(retentionCutoff(400, NOW)).toEqual(new Date("2026-02-03T12:00:00.000Z"))
    expect(retentionCutoff(1, NOW)).toEqual(new Date("2027-03-09T12:00:00.000Z"))
    expect(retentionCutoff(null, NOW)).toBeNull()
  })

  it("gives one rule per model, in processing order, from its option", () => {
    const rules = retentionRules(DEFAULTS, NOW)
    expect(rules.map((rule) => rule.model)).toEqual([...RETENTION_MODELS])
    expect(rules.map((rule) => [rule.model, rule.option, rule.days])).toEqual([
      ["event", "eventsDays", 400],
      ["catalog_access_log", "catalogAccessLogsDays", 400],
      ["rag_query", "ragQueriesDays", 730],
      ["lead", "leadsAfterClosedDays", 730],
      ["financing_simulation", "financingSimulationsDays", 730],
      ["solar_viability_analysis", "solarViabilityAnalysesDays", 730],
      ["photogrammetry_analysis", "photogrammetryAnalysesDays", 730],
    ])
    for (const rule of rules) {
      expect(rule.cutoff).toEqual(daysBefore(rule.days!))
      expect(rule.age).toEqual(expect.any(String))
      expect(rule.condition).toEqual(expect.any(String))
    }
  })

  it("reports ISO cutoffs by model, null for a model kept forever", () => {
    const cutoffs = retentionCutoffs(retentionRules({ ...DEFAULTS, eventsDays: null, ragQueriesDays: 30 }, NOW))
    expect(cutoffs).toEqual({
      event: null,
      catalog_access_log: "2026-02-03T12:00:00.000Z",
      rag_query: "2027-02-08T12:00:00.000Z",
      lead: "2025-03-10T12:00:00.000Z",
      financing_simulation: "2025-03-10T12:00:00.000Z",
      solar_viability_analysis: "2025-03-10T12:00:00.000Z",
      photogrammetry_analysis: "2025-03-10T12:00:00.000Z",
    })
    expect(emptyRetentionCounts()).toEqual(Object.fromEntries(RETENTION_MODELS.map((model) => [model, 0])))
  })
})

describe("lead closed date", () => {
  const updated_at = daysBefore(5)

  it("is null while the lead is open, whatever its history", () => {
    for (const status of ["new", "contacted", "qualified", "proposal", "negotiation"]) {
      expect(leadClosedAt({ status, converted_at: null, updated_at }, [{ to_status: "lost", created_at: daysBefore(900) }])).toBeNull()
    }
  })

  it("is converted_at for a converted lead", () => {
    const converted_at = daysBefore(800)
    expect(
      leadClosedAt({ status: "converted", converted_at, updated_at }, [{ to_status: "converted", created_at: daysBefore(10) }])
    ).toEqual(converted_at)
  })

  it("is the latest change to lost for a lost lead (reopened and lost again counts from the last time)", () => {
    const changes = [
      { to_status: "contacted", created_at: daysBefore(1000) },
      { to_status: "lost", created_at: daysBefore(900) },
      { to_status: "contacted", created_at: daysBefore(100) },
      { to_status: "lost", created_at: daysBefore(90) },
    ]
    expect(leadClosedAt({ status: "lost", converted_at: null, updated_at }, changes)).toEqual(daysBefore(90))
  })

  it("falls back to updated_at without a history entry (and for converted without converted_at, to its change)", () => {
    expect(leadClosedAt({ status: "lost", converted_at: null, updated_at }, [])).toEqual(updated_at)
    expect(
      leadClosedAt({ status: "converted", converted_at: null, updated_at }, [{ to_status: "converted", created_at: daysBefore(3) }])
    ).toEqual(daysBefore(3))
    expect(leadClosedAt({ status: "converted", converted_at: null, updated_at: "2026-01-01T00:00:00Z" }, [])).toEqual(
      new Date("2026-01-01T00:00:00Z")
    )
  })

  it("is past retention only when closed before the cutoff", () => {
    const old = { status: "lost", converted_at: null, updated_at: daysBefore(731) }
    expect(isLeadPastRetention(old, [], 730, NOW)).toBe(true)
    expect(isLeadPastRetention(old, [{ to_status: "lost", created_at: daysBefore(10) }], 730, NOW)).toBe(false)
    expect(isLeadPastRetention({ ...old, status: "qualified" }, [], 730, NOW)).toBe(false)
    expect(isLeadPastRetention(old, [], null, NOW)).toBe(false)
    expect(isLeadPastRetention({ status: "converted", converted_at: daysBefore(729), updated_at: daysBefore(900) }, [], 730, NOW)).toBe(false)
  })

  it("counts only changes to the current status, and for a lost lead its loss, not an earlier conversion", () => {
    // A converted lead whose sale fell through keeps converted_at; it closed when it was lost.
    expect(
      leadClosedAt(
        { status: "lost", converted_at: daysBefore(500), updated_at },
        [{ to_status: "lost", created_at: daysBefore(90) }]
      )
    ).toEqual(daysBefore(90))
    // A history row to another status, written after the loss, does not move the close.
    expect(
      leadClosedAt({ status: "lost", converted_at: null, updated_at }, [
        { to_status: "lost", created_at: daysBefore(90) },
        { to_status: "contacted", created_at: daysBefore(10) },
      ])
    ).toEqual(daysBefore(90))
  })

  it("is not past retention when closed exactly at the cutoff", () => {
    const closed = { status: "lost", converted_at: null, updated_at: daysBefore(730) }
    expect(isLeadPastRetention(closed, [], 730, NOW)).toBe(false)
  })
})
