import { createMedusaContainer } from "@medusajs/framework/utils"
import validateOptionsLoader, { assertRedisClientInstalled } from "../loaders/validate-options"
import { DEFAULT_RATE_LIMITS, parseSolar360Options } from "../options"

describe("plugin options", () => {
  it("fills every default when no options are given", () => {
    expect(parseSolar360Options(undefined)).toEqual({
      rateLimits: { enabled: true, store: "memory", routes: DEFAULT_RATE_LIMITS },
      ipSaltGraceDays: 2,
      defaultPhoneCountry: "BR",
      pvlibCacheTtlDays: 7,
      aneelCacheTtlDays: 30,
      photogrammetryCacheTtlDays: 90,
      aneelBaseUrl: "https://dadosabertos.aneel.gov.br",
      googleSolarBaseUrl: "https://solar.googleapis.com",
      googleSolarRequiredQuality: "MEDIUM",
      photogrammetryCostUsd: 10,
      googleSolarDailySpendCapUsd: 100,
      aneelTariffResourceId: "fcf2906c-7c32-4b9b-a637-054e7a5234f4",
      upstreamTimeoutMs: 10_000,
      upstreamConcurrency: { aneel: 4, pvlib: 16, photogrammetry: 4 },
      staleIfErrorHours: 168,
      negativeCacheTtlHours: 6,
      cachePurgeGraceDays: 14,
      leadScoreWeights: {},
      leads: {},
      leadQualificationThreshold: 60,
      leadBehaviour: { lookbackHours: 24, batchSize: 500 },
      leadConsentConfirmationTtlHours: 72,
      leadScoreTariffBrlPerKwh: 0.95,
      geoHeaders: {},
      analytics: { requireConsent: false },
      eventFutureToleranceHours: 23,
      eventPastToleranceDays: 30,
      attributionWindowDays: 30,
      coViewMaxProductsPerSession: 50,
      dataHealth: {
        maxRowsPerDay: { event: 2_000_000, catalog_access_log: 1_000_000, "*": 200_000 },
        growthFactor: 3,
        growthBaselineDays: 7,
        helioDailyBudgetUsd: null,
        upstreamErrorRate: 0.2,
        upstreamMinCalls: 20,
        notify: true,
        digestRecipients: [],
      },
      channelHosts: {},
      reportTimezone: "America/Sao_Paulo",
      financing: {
        iofRates: {},
        standardTermsMonths: [12, 24, 36, 48, 60, 72, 84, 96, 108, 120],
        maxTermMonths: 420,
        maxMonthlyRatePercent: 20,
      },
      solarAssumptions: {},
      calculatorOrderWindowDays: 30,
      cartAbandonmentHours: 24,
      disabledJobs: [],
      retention: {
        eventsDays: 400,
        catalogAccessLogsDays: 400,
        ragQueriesDays: 730,
        leadsAfterClosedDays: 730,
        financingSimulationsDays: 730,
        solarViabilityAnalysesDays: 730,
        photogrammetryAnalysesDays: 730,
        chunkSize: 1000,
      },
      helio: {
        captureContent: true,
        captureEmbeddings: false,
        contentRetentionDays: 30,
        conversationRetentionDays: 730,
        reviewConfidenceThreshold: 0.5,
        abandonAfterMinutes: 30,
        orderWindowDays: 7,
        prices: {},
      },
    })
  })

  it("keeps valid values and ignores the keys Medusa itself adds", () => {
    const options = parseSolar360Options({
      ipSaltGraceDays: 5,
      pvlibBaseUrl: "http://localhost:8081",
      database: { clientUrl: "postgres://x" },
    })
    expect(options.ipSaltGraceDays).toBe(5)
    expect(options.pvlibBaseUrl).toBe("http://localhost:8081")
    expect(options).not.toHaveProperty("database")
    expect(parseSolar360Options({ reportTimezone: "America/Manaus" }).reportTimezone).toBe(
      "America/Manaus"
    )
    // A partial retention object keeps the other defaults; null keeps a model forever.
    expect(parseSolar360Options({ retention: { eventsDays: null, chunkSize: 100 } }).retention).toMatchObject({
      eventsDays: null,
      catalogAccessLogsDays: 400,
      chunkSize: 100,
    })
  })

  it.each([
    [{ ipSaltGraceDays: -1 }, /option "ipSaltGraceDays"/],
    [{ ipSaltGraceDays: "2" }, /option "ipSaltGraceDays"/],
    [{ aneelBaseUrl: "not a url" }, /option "aneelBaseUrl"/],
    [{ defaultPhoneCountry: "brazil" }, /option "defaultPhoneCountry": must be an ISO 3166-1 alpha-2 code/],
    [{ ipSaltGraceDay: 3 }, /unknown option\(s\) "ipSaltGraceDay"/],
    [{ leadScoreWeights: { bill: -5 } }, /option "leadScoreWeights.bill"/],
    [{ leadQualificationThreshold: 120 }, /option "leadQualificationThreshold"/],
    [{ leadBehaviour: { batchSize: 0 } }, /option "leadBehaviour.batchSize"/],
    [{ leadScoreWeights: { returnVisits: 101 } }, /option "leadScoreWeights.returnVisits"/],
    [{ dataHealth: { growthFactor: 0.5 } }, /option "dataHealth.growthFactor"/],
    [{ dataHealth: { upstreamErrorRate: 1.5 } }, /option "dataHealth.upstreamErrorRate"/],
    [{ dataHealth: { digestRecipients: ["not-an-address"] } }, /option "dataHealth.digestRecipients.0"/],
    [{ dataHealth: { maxRowsPerDay: { event: 0 } } }, /option "dataHealth.maxRowsPerDay.event"/],
    [{ leadConsentConfirmationTtlHours: 0 }, /option "leadConsentConfirmationTtlHours"/],
    [{ leadConsentConfirmationUrl: "javascript:alert(1)" }, /option "leadConsentConfirmationUrl"/],
    [{ reportTimezone: "Brasilia" }, /option "reportTimezone": must be an IANA time zone name/],
    [{ financing: { maxTermMonths: 0 } }, /option "financing.maxTermMonths"/],
    [{ financing: { iofRates: { PF: { dailyRate: 0.5, flatRate: 0, maxDays: 365 } } } }, /option "financing.iofRates.PF.dailyRate"/],
    [{ solarAssumptions: { cost_per_wp_brl: -1 } }, /option "solarAssumptions": .*cost_per_wp_brl/],
    [{ solarAssumptions: { cost_per_wattpeak: 3 } }, /option "solarAssumptions": .*cost_per_wattpeak/],
    // The default wait from request to grid connection (viability billing starts there).
    [{ solarAssumptions: { connection_lead_days: 900 } }, /option "solarAssumptions": .*connection_lead_days/],
    [{ calculatorOrderWindowDays: 0 }, /option "calculatorOrderWindowDays"/],
    [{ cartAbandonmentHours: 0 }, /option "cartAbandonmentHours"/],
    [{ cartAbandonmentHours: 1.5 }, /option "cartAbandonmentHours"/],
    [{ upstreamConcurrency: { photogrammetry: 0 } }, /option "upstreamConcurrency.photogrammetry"/],
    [{ upstreamConcurrency: { google: 2 } }, /unknown option\(s\) "google"/],
    [{ eventPastToleranceDays: 0 }, /option "eventPastToleranceDays"/],
    [{ channelHosts: { search: "google" } }, /option "channelHosts/],
    [{ coViewMaxProductsPerSession: 1 }, /option "coViewMaxProductsPerSession"/],
    [{ eventPastToleranceDays: 1.5 }, /option "eventPastToleranceDays"/],
    [{ retention: { eventsDays: 0 } }, /option "retention.eventsDays"/],
    [{ retention: { leadsAfterClosedDays: 3651 } }, /option "retention.leadsAfterClosedDays"/],
    [{ retention: { chunkSize: 50 } }, /option "retention.chunkSize"/],
    [{ retention: { conversationDays: 30 } }, /unknown option\(s\) "conversationDays"/],
    [{ helio: { reviewConfidenceThreshold: 2 } }, /option "helio.reviewConfidenceThreshold"/],
    [{ helio: { prices: { "gpt-4o": { inputPerMillion: 2.5 } } } }, /option "helio.prices.gpt-4o.outputPerMillion"/],
    [{ rateLimits: { store: "redis" } }, /option "rateLimits.redisUrl": store "redis" needs redisUrl/],
    [{ rateLimits: { store: "mongo" } }, /option "rateLimits.store"/],
    [{ rateLimits: { routes: { leads: { points: 0, durationSeconds: 60 } } } }, /option "rateLimits.routes.leads.points"/],
    [{ rateLimits: { routes: { lead: { points: 5, durationSeconds: 60 } } } }, /unknown option\(s\) "lead"/],
    ["fast", /options must be an object/],
  ])("refuses %j with a message naming the option", (raw, message) => {
    expect(() => parseSolar360Options(raw)).toThrow(message)
    expect(() => parseSolar360Options(raw)).toThrow(/medusa-plugin-solar360: invalid plugin options/)
  })

  it("validates the lead assignment rules (leads.assignment)", () => {
    expect(parseSolar360Options({ leads: { assignment: { strategy: "round_robin", users: ["user_a", "user_b"] } } }).leads).toEqual({
      assignment: { strategy: "round_robin", users: ["user_a", "user_b"] },
    })
    expect(
      parseSolar360Options({ leads: { assignment: { strategy: "by_state", byState: { sp: "user_a" }, fallback: "user_b" } } }).leads
        .assignment
    ).toEqual({ strategy: "by_state", byState: { sp: "user_a" }, fallback: "user_b" })
    for (const [raw, message] of [
      [{ strategy: "round_robin", users: [] }, /"leads.assignment.users"/],
      [{ strategy: "by_state", byState: { XX: "user_a" } }, /byState keys must be Brazilian states/],
      [{ strategy: "random", users: ["user_a"] }, /"leads.assignment.strategy"/],
      [{ strategy: "round_robin", users: ["user_a"], fallback: "user_b" }, /unknown option\(s\) "fallback"|"leads.assignment"/],
    ] as const) {
      expect(() => parseSolar360Options({ leads: { assignment: raw } })).toThrow(message)
    }
  })

  it("names every bad option at once", () => {
    expect(() =>
      parseSolar360Options({ pvlibCacheTtlDays: 0, aneelCacheTtlDays: 1.5 })
    ).toThrow(/"pvlibCacheTtlDays".*"aneelCacheTtlDays"/)
  })

  it("stops boot through the module loader, and registers the parsed options otherwise", async () => {
    const refused = createMedusaContainer()
    await expect(
      validateOptionsLoader({ container: refused, options: { ipSaltGraceDays: 99 } } as any)
    ).rejects.toThrow(/option "ipSaltGraceDays"/)
    expect(refused.hasRegistration("solar360Options")).toBe(false)

    const container = createMedusaContainer()
    await expect(
      validateOptionsLoader({ container, options: { ipSaltGraceDays: 3 } } as any)
    ).resolves.toBeUndefined()
    // The internal services take this one parsed copy by injection.
    expect(container.resolve("solar360Options")).toEqual(parseSolar360Options({ ipSaltGraceDays: 3 }))
  })

  it("keeps the other routes' default limits when one is set", () => {
    const { rateLimits } = parseSolar360Options({ rateLimits: { store: "postgres", routes: { leads: { points: 3, durationSeconds: 600 } } } })
    expect(rateLimits.store).toBe("postgres")
    expect(rateLimits.routes.leads).toEqual({ points: 3, durationSeconds: 600 })
    expect(rateLimits.routes.tariffs).toEqual(DEFAULT_RATE_LIMITS.tariffs)
  })

  it("fails boot when the Redis store is chosen without the ioredis package", async () => {
    const missing = () => {
      throw new Error("Cannot find module 'ioredis'")
    }
    expect(() => assertRedisClientInstalled(missing)).toThrow(/"rateLimits.store" is "redis" but the ioredis package is not installed/)
    expect(() => assertRedisClientInstalled()).not.toThrow()
    await expect(
      validateOptionsLoader({
        container: createMedusaContainer(),
        options: { rateLimits: { store: "redis", redisUrl: "redis://localhost:6379" } },
      } as any)
    ).resolves.toBeUndefined()
  })
})
