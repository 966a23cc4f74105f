import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { dayInTimeZone, addDays } from "../../../lib/analytics/reports"
import { UpstreamError, UpstreamErrorCode } from "../../../lib/cache"
import { weekStart } from "../../../lib/calculators/dashboards"
import Solar360ModuleService from "../service"
import { SOLAR360_MODULE_UNDER_TEST } from "./module-runner"

jest.setTimeout(120_000)

// The calculators and caches dashboards' reports against real PostgreSQL and hand-computed
// fixtures: every figure below is worked out by hand from the rows the test writes.

const HOUR = 3_600_000

moduleIntegrationTestRunner<Solar360ModuleService>({
  ...SOLAR360_MODULE_UNDER_TEST,
  testSuite: ({ service }) => {
    const today = () => dayInTimeZone(new Date(), service.options.reportTimezone)

    describe("getFinancingFunnel", () => {
      async function fixture() {
        const sim = (extra: Record<string, unknown>) => ({ system_cost: 99999, term_months: 60, ...extra })
        await service.createFinancingSimulations([
          // every step: accepted, sent to the bank, approved, ordered
          sim({ financing_amount: 20000, bank: "Banco A", accepted_by_customer: true, submitted_to_bank: true, status: "approved", was_approved: true, order_id: "order_1" }),
          // accepted and in analysis
          sim({ financing_amount: 10000, bank: "Banco A", accepted_by_customer: true, submitted_to_bank: true, status: "analyzing" }),
          // accepted only
          sim({ financing_amount: 15000, bank: "Banco B", accepted_by_customer: true }),
          // approved without the customer's acceptance: only "simulated" (each step needs the earlier ones)
          sim({ financing_amount: 5000, term_months: 36, bank: "Banco B", submitted_to_bank: true, status: "approved", was_approved: true }),
          // no bank, pending
          sim({ financing_amount: 8000, term_months: 36 }),
        ] as any)
        const [deleted] = (await service.createFinancingSimulations([sim({ financing_amount: 1000, term_months: 36, bank: "Banco A" })] as any)) as unknown as any[]
        await service.softDeleteFinancingSimulations([deleted.id])
      }

      it("counts each step, its amount and rates, overall and by term and bank", async () => {
        await fixture()
        const day = today()
        const funnel = await service.getFinancingFunnel({ from: day, to: day })

        expect(funnel.steps).toEqual([
          { step: "simulated", count: 5, value: 58000, rate_from_previous: 1, rate_from_start: 1 },
          { step: "accepted", count: 3, value: 45000, rate_from_previous: 0.6, rate_from_start: 0.6 },
          { step: "credit_analysis", count: 2, value: 30000, rate_from_previous: 0.6667, rate_from_start: 0.4 },
          { step: "approved", count: 1, value: 20000, rate_from_previous: 0.5, rate_from_start: 0.2 },
          { step: "ordered", count: 1, value: 20000, rate_from_previous: 1, rate_from_start: 0.2 },
        ])
        const counts = (steps: Array<{ count: number }>) => steps.map((step) => step.count)
        expect(funnel.by_term.map((row) => [row.term_months, counts(row.steps)])).toEqual([
          [36, [2, 0, 0, 0, 0]],
          [60, [3, 3, 2, 1, 1]],
        ])
        expect(funnel.by_term[0].steps[0].value).toBe(13000)
        expect(funnel.by_bank.map((row) => [row.bank, counts(row.steps)])).toEqual([
          ["Banco A", [2, 2, 2, 1, 1]],
          ["Banco B", [2, 1, 0, 0, 0]],
          [null, [1, 0, 0, 0, 0]],
        ])
        expect(funnel.by_bank[1].steps.map((step) => step.value)).toEqual([20000, 15000, 0, 0, 0])
        expect(funnel.by_bank[1].steps[1].rate_from_previous).toBe(0.5)
      })

      it("leaves out simulations created outside the range", async () => {
        await fixture()
        const yesterday = addDays(today(), -1)
        const funnel = await service.getFinancingFunnel({ from: addDays(yesterday, -30), to: yesterday })
        expect(funnel.steps.map((step) => step.count)).toEqual([0, 0, 0, 0, 0])
        expect(funnel.steps[1].rate_from_previous).toBe(0)
        expect(funnel.by_term).toEqual([])
        expect(funnel.by_bank).toEqual([])
      })
    })

    describe("getViabilityDistribution", () => {
      async function fixture() {
        await service.createSolarViabilityAnalyses([
          { state: "SP", system_size_kwp: 4, payback_years: 3.5 },
          { state: "SP", system_size_kwp: 6, payback_years: 5 },
          { state: "sp", system_size_kwp: 2.5, payback_years: null },
          { state: "MG", system_size_kwp: 12, payback_years: 2 },
        ] as any)
      }

      it("buckets system sizes and paybacks per UF", async () => {
        await fixture()
        const day = today()
        const distribution = await service.getViabilityDistribution({ from: day, to: day })

        expect(distribution.size_buckets.map((bucket) => [bucket.min, bucket.max])).toEqual([
          [0, 3], [3, 5], [5, 8], [8, 12], [12, 20], [20, 50], [50, null],
        ])
        expect(distribution.payback_buckets.map((bucket) => [bucket.min, bucket.max])).toEqual([
          [0, 2], [2, 3], [3, 4], [4, 5], [5, 7], [7, 10], [10, null],
        ])
        expect(distribution.total).toEqual({
          state: null,
          count: 4,
          avg_system_size_kwp: 6.13, // (4 + 6 + 2.5 + 12) / 4 = 6.125
          avg_payback_years: 3.5, // (3.5 + 5 + 2) / 3
          system_size: [1, 1, 1, 0, 1, 0, 0],
          payback: [0, 1, 1, 0, 1, 0, 0],
          no_payback: 1,
        })
        expect(distribution.by_state).toEqual([
          {
            state: "SP",
            count: 3,
            avg_system_size_kwp: 4.17, // 12.5 / 3
            avg_payback_years: 4.25,
            system_size: [1, 1, 1, 0, 0, 0, 0],
            payback: [0, 0, 1, 0, 1, 0, 0],
            no_payback: 1,
          },
          {
            state: "MG",
            count: 1,
            avg_system_size_kwp: 12,
            avg_payback_years: 2,
            system_size: [0, 0, 0, 0, 1, 0, 0],
            payback: [0, 1, 0, 0, 0, 0, 0],
            no_payback: 0,
          },
        ])
      })

      it("keeps one UF, in any case", async () => {
        await fixture()
        const day = today()
        const distribution = await service.getViabilityDistribution({ from: day, to: day, state: "mg" })
        expect(distribution.total.count).toBe(1)
        expect(distribution.by_state.map((row) => row.state)).toEqual(["MG"])
      })
    })

    describe("getCacheTimeseries", () => {
      const opts = { ttlMs: 24 * HOUR, staleIfErrorMs: 2 * HOUR, negativeTtlMs: HOUR }
      const found = (value: unknown) => async () => ({ found: true as const, value })

      async function fixture() {
        // ANEEL: one miss (an upstream call), then two hits.
        for (let i = 0; i < 3; i++) {
          await service.getOrFetch("aneel_cache", "tariffs", { uf: "SP" }, found({ te: 0.3 }), opts)
        }
        // pvlib: an entry that expires at once, then a failing upstream: one error, one stale serve.
        await service.getOrFetch("pvlib_cache", "yield", { lat: -23.55 }, found({ annual: 7000 }), { ...opts, ttlMs: 1 })
        await new Promise((resolve) => setTimeout(resolve, 20))
        const failing = async (): Promise<never> => {
          throw new UpstreamError(UpstreamErrorCode.ERROR, "pvlib is down", 500)
        }
        const stale = await service.getOrFetch("pvlib_cache", "yield", { lat: -23.55 }, failing, opts)
        expect(stale.stale).toBe(true)
        // Roof analyses: one provider answer reused twice (US$ 10 each, the default price).
        const [source] = (await service.createPhotogrammetryAnalyses([{ status: "completed", provider: "google_solar" }] as any)) as unknown as any[]
        await service.createPhotogrammetryAnalyses([
          { status: "completed", cache_hit: true, cache_source_id: source.id },
          { status: "completed", cache_hit: true, cache_source_id: source.id },
        ] as any)
      }

      it("counts hits, calls avoided, stale serves, errors and money saved per day", async () => {
        await fixture()
        const day = new Date().toISOString().slice(0, 10)
        const yesterday = addDays(day, -1)
        const series = await service.getCacheTimeseries({ from: yesterday, to: day, interval: "day" })
        const byKind = Object.fromEntries(series.kinds.map((kind) => [kind.kind, kind]))

        expect(byKind.aneel.points).toEqual([
          { bucket: yesterday, hits: 0, upstream_calls: 0, stale_serves: 0, errors: 0, hit_rate: null, calls_avoided: 0, money_saved: 0 },
          { bucket: day, hits: 2, upstream_calls: 1, stale_serves: 0, errors: 0, hit_rate: 0.6667, calls_avoided: 2, money_saved: 0 },
        ])
        expect(byKind.pvlib.totals).toEqual({
          hits: 0, upstream_calls: 1, stale_serves: 1, errors: 1, hit_rate: 0, calls_avoided: 0, money_saved: 0,
        })
        expect(byKind.photogrammetry.totals).toEqual({
          hits: 2, upstream_calls: 1, stale_serves: 0, errors: 0, hit_rate: 0.6667, calls_avoided: 2, money_saved: 20,
        })
        expect(byKind.photogrammetry.records_errors).toBe(false)
      })

      it("sums days into weeks and keeps the history after a purge", async () => {
        await fixture()
        await service.purgeCache("aneel_cache")
        const day = new Date().toISOString().slice(0, 10)
        const series = await service.getCacheTimeseries({ from: addDays(day, -13), to: day, interval: "week" })
        const aneel = series.kinds.find((kind) => kind.kind === "aneel")!
        expect(aneel.points.length).toBeGreaterThanOrEqual(2)
        expect(aneel.points[aneel.points.length - 1]).toMatchObject({ bucket: weekStart(day), hits: 2, upstream_calls: 1 })
        expect(aneel.totals.hits).toBe(2)
      })
    })
  },
})
