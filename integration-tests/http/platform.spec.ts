import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SOLAR360_MODULE } from "../../src/modules/solar360"
import type Solar360ModuleService from "../../src/modules/solar360/service"

jest.setTimeout(120_000)

// Boots the whole app with the plugin, then checks that every read-only link to a core
// module resolves through query.graph on our own *_id column.
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("boots with the plugin and answers /health", async () => {
      const response = await api.get("/health")
      expect(response.status).toBe(200)
      expect(response.data).toBe("OK")
    })

    describe("read-only links to core modules", () => {
      type Core = { customer: any; order: any; product: any }
      let core: Core
      let solar360: Solar360ModuleService

      beforeEach(async () => {
        const container = getContainer()
        solar360 = container.resolve(SOLAR360_MODULE)
        const customer = await container
          .resolve(Modules.CUSTOMER)
          .createCustomers({ email: "cliente@example.com", first_name: "Ana" })
        const order = await container
          .resolve(Modules.ORDER)
          .createOrders({ currency_code: "brl", email: "cliente@example.com" })
        const product = await container
          .resolve(Modules.PRODUCT)
          .createProducts({ title: "Painel 550 W", status: "published" })
        core = { customer, order, product }
      })

      const graph = async (entity: string, fields: string[], id: string) => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity, fields, filters: { id } })
        return data[0]
      }

      it("lead -> customer (the example from the issue) and lead -> order", async () => {
        const lead = await solar360.createLeads({
          email: "cliente@example.com",
          customer_id: core.customer.id,
          order_id: core.order.id,
        })

        const linked = await graph("lead", ["id", "customer.*", "order.*"], lead.id)

        expect(linked.customer).toMatchObject({ id: core.customer.id, email: "cliente@example.com" })
        expect(linked.order).toMatchObject({ id: core.order.id, currency_code: "brl" })
      })

      it("answers null when the referenced record does not exist", async () => {
        const lead = await solar360.createLeads({ email: "x@example.com", customer_id: "cus_missing" })
        const linked = await graph("lead", ["id", "customer.*"], lead.id)
        expect(linked.id).toBe(lead.id)
        expect(linked.customer ?? null).toBeNull()
      })

      const customerLinked: Array<[string, () => Promise<{ id: string }>]> = [
        ["helio_conversation", () => solar360.createHelioConversations({ customer_id: core.customer.id })],
        ["rag_query", () => solar360.createRagQueries({ query_text: "oi", customer_id: core.customer.id })],
        [
          "financing_simulation",
          () =>
            solar360.createFinancingSimulations({
              system_cost: 20000,
              financing_amount: 20000,
              term_months: 48,
              customer_id: core.customer.id,
            }),
        ],
        ["solar_viability_analysis", () => solar360.createSolarViabilityAnalyses({ customer_id: core.customer.id })],
        ["photogrammetry_analysis", () => solar360.createPhotogrammetryAnalyses({ customer_id: core.customer.id })],
        [
          "catalog_access_log",
          () => solar360.createCatalogAccessLogs({ action_type: "product_view", customer_id: core.customer.id }),
        ],
        [
          "event",
          () =>
            solar360.createEvents({
              message_id: "0b0e6f7a-4f5c-4c3e-9a61-2f0c3d1e9b11",
              event_name: "page_view",
              category: "page_view",
              occurred_at: new Date(),
              received_at: new Date(),
              customer_id: core.customer.id,
            }),
        ],
      ]

      it.each(customerLinked)("%s -> customer", async (entity, create) => {
        const record = await create()
        const linked = await graph(entity, ["id", "customer.id", "customer.email"], record.id)
        expect(linked.customer).toEqual({ id: core.customer.id, email: "cliente@example.com" })
      })

      it("financing_simulation -> order", async () => {
        const simulation = await solar360.createFinancingSimulations({
          system_cost: 30000,
          financing_amount: 25000,
          term_months: 60,
          order_id: core.order.id,
        })
        const linked = await graph("financing_simulation", ["id", "order.id"], simulation.id)
        expect(linked.order).toEqual({ id: core.order.id })
      })

      it("catalog_access_log -> product", async () => {
        const log = await solar360.createCatalogAccessLogs({
          action_type: "product_view",
          product_id: core.product.id,
        })
        const linked = await graph("catalog_access_log", ["id", "product.title"], log.id)
        expect(linked.product).toMatchObject({ id: core.product.id, title: "Painel 550 W" })
      })
    })
  },
})
