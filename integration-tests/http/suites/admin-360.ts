// The 360° views behind the admin widgets (issue 15): customer overview, order attribution,
// product analytics. Happy path, 400, 401 and 404 for each.
import { Modules } from "@medusajs/framework/utils"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ROLLUP_VERSION } from "../../../src/modules/solar360/repositories/sql/analytics-reports"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"

const DAY_MS = 24 * 60 * 60 * 1000
let sequence = 0
const messageId = () => `00000000-0000-4000-8000-${String(++sequence).padStart(12, "0")}`

export function admin360Suite({ api, getContainer }: MedusaSuiteOptions): void {
  let admin: RequestHeaders
  let solar360: Solar360ModuleService

  beforeEach(async () => {
    ;({ admin, solar360 } = await createHttpContext(api, getContainer(), { admin: true }))
  })

  const event = (fields: Record<string, unknown>) => ({
    message_id: messageId(),
    event_name: "page_view",
    category: "page_view" as const,
    occurred_at: new Date(),
    received_at: new Date(),
    ...fields,
  })

  describe("GET /admin/solar360/customers/:id/overview", () => {
    it("gathers the person's records by customer id and the anonymous ids of their leads, newest first", async () => {
      const customer = await getContainer()
        .resolve(Modules.CUSTOMER)
        .createCustomers({ email: "ana@example.com", first_name: "Ana" })
      const consentAt = new Date(Date.now() - 3 * DAY_MS)
      const lead = await solar360.createLeads({
        email: "ana@example.com",
        customer_id: customer.id,
        anonymous_id: "anon-ana",
        consent_marketing: true,
        consent_terms_version: "2026-01",
        consent_at: consentAt,
      })
      const otherLead = await solar360.createLeads({ email: "bruno@example.com", anonymous_id: "anon-bruno" })
      const [browsed, , loggedIn] = await solar360.createEvents([
        event({ anonymous_id: "anon-ana", path: "/produtos", occurred_at: new Date(Date.now() - 2 * DAY_MS) }),
        event({ anonymous_id: "anon-bruno", path: "/outro" }),
        event({ customer_id: customer.id, event_name: "add_to_cart", category: "ecommerce", occurred_at: new Date(Date.now() - DAY_MS) }),
        // Older than the view's period: left out.
        event({ anonymous_id: "anon-ana", occurred_at: new Date(Date.now() - 400 * DAY_MS) }),
      ])
      await solar360.createCatalogAccessLogs([
        { action_type: "product_view", product_id: "prod_x", product_name: "Painel 550 W", anonymous_id: "anon-ana", occurred_at: new Date() },
        { action_type: "product_view", product_id: "prod_x", anonymous_id: "anon-bruno", occurred_at: new Date() },
      ])
      const conversation = await solar360.createHelioConversations({ title: "Dúvida sobre inversor", lead_id: lead.id })
      await solar360.createHelioConversations({ title: "Outra pessoa", lead_id: otherLead.id })
      const simulation = await solar360.createFinancingSimulations({
        system_cost: 30000,
        financing_amount: 25000,
        term_months: 60,
        customer_id: customer.id,
      })
      const viability = await solar360.createSolarViabilityAnalyses({ customer_id: customer.id, recommendation: "recommended" })
      const roof = await solar360.createPhotogrammetryAnalyses({ customer_id: customer.id, city: "Belo Horizonte" })

      const response = await api.get(`/admin/solar360/customers/${customer.id}/overview`, admin)

      expect(response.status).toBe(200)
      const body = response.data
      expect(body.customer).toMatchObject({ id: customer.id, email: "ana@example.com" })
      expect(body.anonymous_ids).toEqual(["anon-ana"])
      expect(body.leads.map((l: any) => l.id)).toEqual([lead.id])
      expect(body.events.map((e: any) => e.id).sort()).toEqual([browsed.id, loggedIn.id].sort())
      expect(body.catalog_activity).toHaveLength(1)
      expect(body.catalog_activity[0]).toMatchObject({ product_name: "Painel 550 W" })
      expect(body.conversations.map((c: any) => c.id)).toEqual([conversation.id])
      expect(body.simulations.map((s: any) => s.id)).toEqual([simulation.id])
      expect(body.viability_analyses.map((a: any) => a.id)).toEqual([viability.id])
      expect(body.roof_analyses.map((a: any) => a.id)).toEqual([roof.id])
      expect(body.consent).toMatchObject({ marketing: true, terms_version: "2026-01", lead_id: lead.id })
      expect(new Date(body.consent.at).toISOString()).toBe(consentAt.toISOString())
      // Sensitive columns are not part of the view.
      expect(body.simulations[0]).not.toHaveProperty("resume_token_hash")

      const kinds = body.timeline.map((entry: any) => entry.kind)
      expect(kinds).toEqual(expect.arrayContaining(["lead", "event", "helio_conversation", "financing_simulation", "catalog_access_log"]))
      expect(body.timeline).toHaveLength(8)
      const times = body.timeline.map((entry: any) => entry.at)
      expect(times).toEqual([...times].sort().reverse())
    })

    it("caps every data set and the timeline at `limit`", async () => {
      const customer = await getContainer().resolve(Modules.CUSTOMER).createCustomers({ email: "c@example.com" })
      await solar360.createEvents([1, 2, 3].map(() => event({ customer_id: customer.id })))
      await solar360.createLeads([1, 2, 3].map(() => ({ customer_id: customer.id, email: "c@example.com" })))

      const response = await api.get(`/admin/solar360/customers/${customer.id}/overview?limit=2`, admin)

      expect(response.status).toBe(200)
      expect(response.data.events).toHaveLength(2)
      expect(response.data.leads).toHaveLength(2)
      expect(response.data.timeline).toHaveLength(2)
    })

    it("answers 400 for a bad limit or an unknown parameter, 401 without a session, 404 for an unknown customer", async () => {
      const customer = await getContainer().resolve(Modules.CUSTOMER).createCustomers({ email: "d@example.com" })
      for (const query of ["limit=0", "limit=51", "since=2026-01-01"]) {
        const bad = await responseOf(api.get(`/admin/solar360/customers/${customer.id}/overview?${query}`, admin))
        expect({ query, status: bad.status, type: bad.data.type }).toEqual({ query, status: 400, type: "invalid_data" })
      }
      const anonymous = await responseOf(api.get(`/admin/solar360/customers/${customer.id}/overview`))
      expect(anonymous.status).toBe(401)
      const missing = await responseOf(api.get("/admin/solar360/customers/cus_unknown/overview", admin))
      expect(missing.status).toBe(404)
      expect(missing.data.code).toBe("solar360_not_found")
    })
  })

  describe("GET /admin/solar360/orders/:id/attribution", () => {
    it("tells the campaign, lead, conversation, accepted simulation and analyses that led to the order", async () => {
      const customer = await getContainer().resolve(Modules.CUSTOMER).createCustomers({ email: "e@example.com" })
      const order = await getContainer()
        .resolve(Modules.ORDER)
        .createOrders({ currency_code: "brl", email: "e@example.com", customer_id: customer.id })
      const firstTouchAt = new Date(new Date(order.created_at).getTime() - 2 * DAY_MS)
      const lead = await solar360.createLeads({
        email: "e@example.com",
        order_id: order.id,
        first_touch: { utm_source: "google", utm_campaign: "verao" },
        first_touch_at: firstTouchAt,
        last_touch: { utm_source: "meta", utm_campaign: "retargeting" },
        last_touch_at: new Date(new Date(order.created_at).getTime() - DAY_MS),
      })
      const conversation = await solar360.createHelioConversations({ title: "Compra", order_id: order.id })
      const viability = await solar360.createSolarViabilityAnalyses({ customer_id: customer.id })
      // An older simulation the customer did not accept, and the accepted one.
      await solar360.createFinancingSimulations({ system_cost: 20000, financing_amount: 20000, term_months: 48, customer_id: customer.id })
      const accepted = await solar360.createFinancingSimulations({
        system_cost: 30000,
        financing_amount: 25000,
        term_months: 60,
        customer_id: customer.id,
        accepted_by_customer: true,
        accepted_at: new Date(),
        solar_viability_analysis_id: viability.id,
      })

      const response = await api.get(`/admin/solar360/orders/${order.id}/attribution`, admin)

      expect(response.status).toBe(200)
      const body = response.data
      expect(body.order.id).toBe(order.id)
      expect(body.touch_source).toBe("lead")
      expect(body.first_touch).toMatchObject({ utm_source: "google", utm_campaign: "verao", at: firstTouchAt.toISOString() })
      expect(body.last_touch).toMatchObject({ utm_campaign: "retargeting" })
      expect(body.leads.map((l: any) => l.id)).toEqual([lead.id])
      expect(body.conversation.id).toBe(conversation.id)
      expect(body.simulation.id).toBe(accepted.id)
      expect(body.viability_analysis.id).toBe(viability.id)
      expect(body.roof_analysis).toBeNull()
      expect(body.time_to_conversion_seconds).toBe(2 * 24 * 60 * 60)
    })

    it("falls back on the order's own events when no lead converted", async () => {
      const order = await getContainer().resolve(Modules.ORDER).createOrders({ currency_code: "brl", email: "f@example.com" })
      await solar360.createEvents(
        event({ event_name: "purchase", category: "ecommerce", order_id: order.id, utm_source: "newsletter", utm_campaign: "black-friday" })
      )

      const response = await api.get(`/admin/solar360/orders/${order.id}/attribution`, admin)

      expect(response.status).toBe(200)
      expect(response.data).toMatchObject({
        touch_source: "event",
        first_touch: { utm_source: "newsletter", utm_campaign: "black-friday" },
        leads: [],
        conversation: null,
        simulation: null,
      })
    })

    it("answers 400 for an unknown parameter, 401 without a session, 404 for an unknown order", async () => {
      const order = await getContainer().resolve(Modules.ORDER).createOrders({ currency_code: "brl", email: "g@example.com" })
      const bad = await responseOf(api.get(`/admin/solar360/orders/${order.id}/attribution?limit=5`, admin))
      expect(bad.status).toBe(400)
      const anonymous = await responseOf(api.get(`/admin/solar360/orders/${order.id}/attribution`))
      expect(anonymous.status).toBe(401)
      const missing = await responseOf(api.get("/admin/solar360/orders/order_unknown/attribution", admin))
      expect(missing.status).toBe(404)
      expect(missing.data.code).toBe("solar360_not_found")
    })
  })

  describe("GET /admin/solar360/products/:id/analytics", () => {
    const createProduct = async (title: string) =>
      getContainer().resolve(Modules.PRODUCT).createProducts({ title, status: "published" })

    it("counts views, carts and purchases, the searches that led to the product and co-viewed products", async () => {
      const product = await createProduct("Painel 550 W")
      const other = await createProduct("Inversor 5 kW")
      const now = new Date()
      const view = (fields: Record<string, unknown>) => ({
        action_type: "product_view" as const,
        product_id: product.id,
        occurred_at: now,
        ...fields,
      })
      await solar360.createCatalogAccessLogs([
        view({ session_id: "s1", led_to_cart: true }),
        view({ session_id: "s2", led_to_purchase: true, search_term: "  Painel 550 " }),
        view({ session_id: "s3" }),
        view({ session_id: "s4", is_bot: true }),
        view({ session_id: "s5", occurred_at: new Date(Date.now() - 90 * DAY_MS) }),
        { action_type: "product_view", product_id: other.id, product_name: "Inversor 5 kW", session_id: "s1", occurred_at: now },
        { action_type: "product_view", product_id: other.id, session_id: "s2", occurred_at: now },
        { action_type: "product_view", product_id: "prod_alone", session_id: "s9", occurred_at: now },
      ])
      await solar360.createEvents([
        event({ event_name: "add_to_cart", category: "ecommerce", product_id: product.id }),
        event({ event_name: "add_to_cart", category: "ecommerce", product_id: product.id }),
        event({ event_name: "purchase", category: "ecommerce", product_id: product.id }),
        event({ event_name: "add_to_cart", category: "ecommerce", product_id: other.id }),
      ])

      const response = await api.get(`/admin/solar360/products/${product.id}/analytics?days=30`, admin)

      expect(response.status).toBe(200)
      const body = response.data
      expect(body.product).toMatchObject({ id: product.id, title: "Painel 550 W" })
      expect(body.range.days).toBe(30)
      expect(body).toMatchObject({ views: 3, add_to_cart: 1, purchases: 1, cart_rate: 0.3333, purchase_rate: 0.3333 })
      expect(body.events).toEqual([
        { event_name: "add_to_cart", count: 2 },
        { event_name: "purchase", count: 1 },
      ])
      expect(body.searches).toEqual([{ term: "painel 550", count: 1 }])
      expect(body.co_viewed).toEqual([{ product_id: other.id, product_name: "Inversor 5 kW", sessions: 2 }])
    })

    it("reads rolled-up days from the daily rollups and the other days from raw rows", async () => {
      const product = await createProduct("Bateria 10 kWh")
      const at = (day: string) => new Date(`${day}T15:00:00.000Z`)
      await solar360.createCatalogAccessLogs([
        // A day without a rollup: counted from the rows.
        { action_type: "product_view", product_id: product.id, session_id: "a", occurred_at: at("2026-01-03"), led_to_cart: true },
        { action_type: "product_view", product_id: product.id, session_id: "b", occurred_at: at("2026-01-03") },
        // A rolled-up day: its stored figures count, its rows are not counted twice.
        { action_type: "product_view", product_id: product.id, session_id: "c", occurred_at: at("2026-01-05") },
        // A day stored under an older definition of the catalog rollup: read from its rows.
        { action_type: "product_view", product_id: product.id, session_id: "d", occurred_at: at("2026-01-07") },
      ])
      await solar360.createAnalyticsDailyRollups([
        { day: "2026-01-05", report: "catalog", dimension: "_complete", key: "", value: 1 },
        { day: "2026-01-05", report: "catalog", dimension: "product_views", key: product.id, value: 5 },
        { day: "2026-01-05", report: "catalog", dimension: "product_carts", key: product.id, value: 2 },
        { day: "2026-01-05", report: "catalog", dimension: "product_views", key: "prod_other", value: 50 },
        { day: "2026-01-07", report: "catalog", dimension: "_complete", key: "", value: ROLLUP_VERSION.catalog - 1 },
        { day: "2026-01-07", report: "catalog", dimension: "product_views", key: product.id, value: 40 },
      ])

      const response = await api.get(`/admin/solar360/products/${product.id}/analytics?from=2026-01-01&to=2026-01-10`, admin)

      expect(response.status).toBe(200)
      expect(response.data).toMatchObject({ views: 8, add_to_cart: 3, purchases: 0, rolled_up_days: 1 })
      expect(response.data.range).toMatchObject({ from: "2026-01-01", to: "2026-01-10", days: 10 })
    })

    it("answers 400 for a bad period, 401 without a session, 404 for an unknown product", async () => {
      const product = await createProduct("Cabo solar")
      for (const query of ["days=0", "days=400", "days=7&from=2026-01-01", "from=2026-02-01&to=2026-01-01", "from=2024-01-01&to=2026-01-01", "top=5"]) {
        const bad = await responseOf(api.get(`/admin/solar360/products/${product.id}/analytics?${query}`, admin))
        expect({ query, status: bad.status, type: bad.data.type }).toEqual({ query, status: 400, type: "invalid_data" })
      }
      const anonymous = await responseOf(api.get(`/admin/solar360/products/${product.id}/analytics`))
      expect(anonymous.status).toBe(401)
      const missing = await responseOf(api.get("/admin/solar360/products/prod_unknown/analytics", admin))
      expect(missing.status).toBe(404)
      expect(missing.data.code).toBe("solar360_not_found")
    })
  })
}
