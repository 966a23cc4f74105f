// The demo store (scripts/seed-demo.ts, `npm run seed:demo`) against a real database in a
// booted app: what it writes per table, every lead status present, and the idempotency and
// empty-store guards (a second run, or a run on a store with data, writes nothing).
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { LEAD_STATUSES } from "../../src/lib/leads"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../src/modules/solar360"
import { DEMO_COUNTS, seedDemoStore } from "../../scripts/seed-demo"

jest.setTimeout(300_000)

const quiet = { info: () => {}, warn: () => {} }

/** Rows per table the demo writes (plugin tables through the module, core ones through Query). */
async function tableCounts(container: MedusaContainer): Promise<Record<string, number>> {
  const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const count = async (list: (filters: object, config: object) => Promise<[unknown[], number]>) => (await list({}, { take: 1 }))[1]
  const core = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
  return {
    product: await core("product"),
    customer: await core("customer"),
    order: await core("order"),
    lead: await count(solar360.listAndCountLeads.bind(solar360)),
    lead_status_change: await count(solar360.listAndCountLeadStatusChanges.bind(solar360)),
    lead_note: await count(solar360.listAndCountLeadNotes.bind(solar360)),
    lead_consent_change: await count(solar360.listAndCountLeadConsentChanges.bind(solar360)),
    event: await count(solar360.listAndCountEvents.bind(solar360)),
    catalog_access_log: await count(solar360.listAndCountCatalogAccessLogs.bind(solar360)),
    analytics_daily_rollup: await count(solar360.listAndCountAnalyticsDailyRollups.bind(solar360)),
    helio_conversation: await count(solar360.listAndCountHelioConversations.bind(solar360)),
    rag_query: await count(solar360.listAndCountRagQueries.bind(solar360)),
    financing_simulation: await count(solar360.listAndCountFinancingSimulations.bind(solar360)),
    solar_viability_analysis: await count(solar360.listAndCountSolarViabilityAnalyses.bind(solar360)),
    photogrammetry_analysis: await count(solar360.listAndCountPhotogrammetryAnalyses.bind(solar360)),
    aneel_cache: await count(solar360.listAndCountAneelCaches.bind(solar360)),
    pvlib_cache: await count(solar360.listAndCountPvlibCaches.bind(solar360)),
  }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ getContainer }) => {
    describe("demo seed", () => {
      it("fills every table of the demo, with leads in every status, and a second run adds nothing", async () => {
        const container = getContainer()
        const first = await seedDemoStore(container, quiet)
        expect(first.seeded).toBe(true)

        const counts = await tableCounts(container)
        expect(counts).toEqual({
          product: 12,
          customer: DEMO_COUNTS.customers,
          order: DEMO_COUNTS.orders,
          lead: DEMO_COUNTS.leads,
          lead_status_change: expect.any(Number),
          lead_note: expect.any(Number),
          lead_consent_change: expect.any(Number),
          event: expect.any(Number),
          catalog_access_log: expect.any(Number),
          analytics_daily_rollup: expect.any(Number),
          helio_conversation: DEMO_COUNTS.conversations,
          rag_query: expect.any(Number),
          financing_simulation: expect.any(Number),
          solar_viability_analysis: expect.any(Number),
          photogrammetry_analysis: 14,
          aneel_cache: expect.any(Number),
          pvlib_cache: 18,
        })
        // "A few thousand events, not millions", and history behind every lead.
        expect(counts.event).toBeGreaterThan(2000)
        expect(counts.event).toBeLessThan(20_000)
        expect(counts.catalog_access_log).toBeGreaterThan(500)
        expect(counts.analytics_daily_rollup).toBeGreaterThan(0)
        expect(counts.lead_status_change).toBeGreaterThan(DEMO_COUNTS.leads)
        expect(counts.lead_note).toBeGreaterThan(0)
        expect(counts.lead_consent_change).toBeGreaterThan(0)
        expect(counts.rag_query).toBeGreaterThan(DEMO_COUNTS.conversations)
        expect(counts.financing_simulation).toBeGreaterThan(0)
        expect(counts.solar_viability_analysis).toBeGreaterThan(0)
        expect(counts.aneel_cache).toBeGreaterThan(1)

        const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
        const leads = await solar360.listLeads({}, { select: ["status", "order_id", "customer_id", "anonymous_id"], take: 1000 })
        expect(new Set(leads.map((lead) => lead.status))).toEqual(new Set(LEAD_STATUSES))
        // The orders converted their customers' leads through the plugin's own workflow.
        expect(leads.filter((lead) => lead.status === "converted" && lead.order_id).length).toBeGreaterThan(0)
        expect(leads.filter((lead) => lead.anonymous_id).length).toBeGreaterThan(0)
        // The ANEEL tariff of the analyses came from the seeded cache, as a real lookup would.
        const [analysis] = await solar360.listSolarViabilityAnalyses({}, { select: ["assumptions"], take: 1 })
        expect((analysis.assumptions as any).data_sources.tariff.source).toBe("aneel")
        expect((analysis.assumptions as any).data_sources.tariff.error).toBeUndefined()

        const second = await seedDemoStore(container, quiet)
        expect(second).toMatchObject({ seeded: false, reason: "already_seeded" })
        expect(await tableCounts(container)).toEqual(counts)
      })

      it("writes nothing into a store that already has data", async () => {
        const container = getContainer()
        const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
        await solar360.createLeads({ email: "cliente@example.com", status: "new" } as any)
        const before = await tableCounts(container)

        const outcome = await seedDemoStore(container, quiet)

        expect(outcome).toMatchObject({ seeded: false, reason: "not_empty" })
        expect(await tableCounts(container)).toEqual(before)
        const [, channels] = await container.resolve(Modules.SALES_CHANNEL).listAndCountSalesChannels({ name: "Solar360 Demo Store" })
        expect(channels).toBe(0)
      })
    })
  },
})
