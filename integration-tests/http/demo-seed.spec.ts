// The demo store's guard (scripts/seed-demo.ts, `npm run seed:demo`): a store that already has
// data gets nothing written. What the demo writes per table, every lead status and the second
// run that writes nothing are checked where the demo is seeded anyway: the admin browser tests
// (integration-tests/browser/admin.spec.ts), so CI seeds it once.
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../src/modules/solar360"
import { seedDemoStore } from "../../scripts/seed-demo"

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
