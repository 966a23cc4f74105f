import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SOLAR360_MODULE } from "../../../src/modules/solar360"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { createCustomerHeaders, responseOf } from "../../helpers/auth"
import { createHttpContext } from "../../helpers/http-context"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

// Boots the whole app with the plugin, then checks that every read-only link to a core
// module resolves through query.graph on our own *_id column, and that every route lives
// under the plugin's prefix (issue 14).
export function platformSuite({ api, getContainer }: MedusaSuiteOptions): void {
  it("boots with the plugin and answers /health", async () => {
    const response = await api.get("/health")
    expect(response.status).toBe(200)
    expect(response.data).toBe("OK")
  })

  // Every route that sat at a generic path until issue 14, by its old path. The new path is
  // the same with "/solar360" after "/store" or "/admin" (README, Routes).
  const MOVED_ROUTES: Array<[method: "get" | "post", path: string]> = [
    ["post", "/store/events"],
    ["post", "/store/catalog-access-logs"],
    ["post", "/store/leads"],
    ["post", "/store/leads/consent/confirm"],
    ["post", "/store/financing-simulations"],
    ["get", "/store/financing-simulations/fsim_missing"],
    ["post", "/store/financing-simulations/fsim_missing/accept"],
    ["post", "/store/solar-viability-analyses"],
    ["get", "/store/solar-viability-analyses/sva_missing"],
    ["get", "/store/customers/me/financing-simulations"],
    ["get", "/store/customers/me/solar-viability-analyses"],
    ["post", "/store/photogrammetry/lookup"],
    ["get", "/store/tariffs"],
    ["get", "/store/distributors"],
    ["get", "/store/helio/conversations/hconv_missing"],
    ["post", "/store/helio/conversations/hconv_missing/feedback"],
    ["post", "/store/rag-queries/rag_missing/feedback"],
    ["get", "/admin/leads"],
    ["get", "/admin/leads/lead_missing"],
    ["post", "/admin/leads/lead_missing"],
    ["get", "/admin/leads/lead_missing/consent"],
    ["post", "/admin/leads/lead_missing/consent"],
    ["get", "/admin/leads/export"],
    ["get", "/admin/leads/funnel"],
    ["get", "/admin/events"],
    ["get", "/admin/events/evt_missing"],
    ["get", "/admin/catalog-access-logs"],
    ["get", "/admin/catalog-access-logs/cal_missing"],
    ["get", "/admin/catalog-analytics"],
    ["get", "/admin/analytics/overview"],
    ["get", "/admin/analytics/funnel"],
    ["get", "/admin/financing-simulations"],
    ["get", "/admin/financing-simulations/fsim_missing"],
    ["post", "/admin/financing-simulations/fsim_missing/credit-analysis"],
    ["get", "/admin/solar-viability-analyses"],
    ["get", "/admin/solar-viability-analyses/sva_missing"],
    ["get", "/admin/photogrammetry-analyses"],
    ["get", "/admin/photogrammetry-analyses/pga_missing"],
    ["get", "/admin/helio/conversations"],
    ["post", "/admin/helio/conversations"],
    ["get", "/admin/helio/conversations/hconv_missing"],
    ["post", "/admin/helio/conversations/hconv_missing"],
    ["post", "/admin/helio/conversations/hconv_missing/queries"],
    ["get", "/admin/helio/metrics"],
    ["get", "/admin/rag-queries"],
    ["get", "/admin/rag-queries/rag_missing"],
    ["post", "/admin/rag-queries/rag_missing/review"],
  ]

  describe("routes under the plugin's prefix", () => {
    let storeHeaders: Record<string, string>
    let adminHeaders: Record<string, string>

    beforeEach(async () => {
      // A logged-in customer: Medusa's own /store/customers/me* middleware answers 401 to
      // anyone else before looking for a route.
      const { admin, store } = await createHttpContext(api, getContainer(), { admin: true, store: true })
      storeHeaders = (await createCustomerHeaders(api, getContainer(), store)).headers
      adminHeaders = admin.headers
    })

    // Express's own answer to a path no route serves (a route's 404 is Medusa's JSON error).
    const notServed = (method: string, path: string, response: any) =>
      response.status === 404 &&
      typeof response.data === "string" &&
      response.data.includes(`Cannot ${method.toUpperCase()} ${path}`)

    // With valid credentials, so neither the publishable key check nor auth answers first.
    // An unknown query parameter and body field make every served route stop at its
    // validation: nothing is written and no upstream is called.
    const call = (method: "get" | "post", path: string) => {
      const config = { headers: path.startsWith("/store/") ? storeHeaders : adminHeaders }
      return responseOf(
        method === "get"
          ? api.get(`${path}?solar360_probe=1`, config)
          : api.post(`${path}?solar360_probe=1`, { solar360_probe: 1 }, config)
      )
    }

    it("no longer serves any route at its old generic path", async () => {
      const served: string[] = []
      for (const [method, path] of MOVED_ROUTES) {
        const response = await call(method, path)
        if (!notServed(method, path, response)) {
          served.push(`${method} ${path} -> ${response.status}`)
        }
      }
      expect(served).toEqual([])
    })

    it("serves every moved route under /store/solar360 or /admin/solar360", async () => {
      const missing: string[] = []
      for (const [method, path] of MOVED_ROUTES) {
        const moved = path.replace(/^\/(store|admin)\//, "/$1/solar360/")
        const response = await call(method, moved)
        if (notServed(method, moved, response) || response.status >= 500) {
          missing.push(`${method} ${moved} -> ${response.status}`)
        }
      }
      expect(missing).toEqual([])
    })
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
}
