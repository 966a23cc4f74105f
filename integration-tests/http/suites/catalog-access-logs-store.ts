import { randomUUID } from "crypto"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { createCustomerHeaders, responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

const DESKTOP_FIREFOX =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0"

const productView = (overrides: Record<string, unknown> = {}) => ({
  message_id: randomUUID(),
  action_type: "product_view",
  product_id: "prod_01JABCDEF0123456789ABCDEFG",
  sku: "KIT-5KWP-GRID",
  product_name: "Kit solar 5 kWp on-grid",
  category: "kits",
  subcategory: "on-grid",
  brand: "Solar360",
  price_brl: 15990.5,
  availability: "in_stock",
  view_context: "detail",
  session_id: "sess_cat_1",
  anonymous_id: "anon_cat_1",
  page_url: "https://loja.example.com/kits/5kwp",
  ...overrides,
})

export function catalogAccessLogsStoreSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let store: RequestHeaders
  let solar360: Solar360ModuleService

  beforeEach(async () => {
    ;({ store, solar360 } = await createHttpContext(api, getContainer(), { store: true }))
  })

  const send = (body: unknown, headers: Record<string, string> = {}) =>
    responseOf(
      api.post("/store/solar360/catalog-access-logs", body, {
        headers: { ...store.headers, "user-agent": DESKTOP_FIREFOX, ...headers },
      })
    )
  const logCount = async () =>
    (await solar360.listCatalogAccessLogs({}, { select: ["id"] })).length

  describe("POST /store/solar360/catalog-access-logs", () => {
    it("stores views, searches and recommendations with the product snapshot, enriched", async () => {
      const view = productView({
        timestamp: "2026-06-01T12:03:00.000Z",
        time_spent_seconds: 95,
        scroll_depth_percentage: 80,
        clicked_image: true,
        downloaded_datasheet: true,
        referrer_url: "https://www.google.com/",
        referrer_type: "search",
        previous_product_id: "prod_01JPREVIOUS000000000000000",
      })
      const search = productView({
        action_type: "search",
        product_id: null,
        view_context: "search",
        search_term: "inversor 5kw",
        search_results_count: 12,
        applied_filters: { brand: ["Growatt"], price_max: 5000 },
        total_results_with_filters: 3,
      })
      const recommended = productView({
        action_type: "click",
        view_context: "recommendation",
        recommendation_source: "ai_helio",
        recommendation_algorithm: "helio-rag-v2",
        recommendation_score: 0.87,
        search_result_position: 2,
      })
      const response = await send(
        { sent_at: "2026-06-01T12:05:00.000Z", logs: [view, search, recommended] },
        { "cf-ipcountry": "BR", "x-geo-region": "MG", "x-geo-city": "Uberl%C3%A2ndia" }
      )
      expect(response.status).toBe(200)
      expect(response.data).toEqual({ accepted: 3, duplicates: 0, rejected: [] })

      const [stored] = await solar360.listCatalogAccessLogs({ message_id: view.message_id })
      expect(stored).toMatchObject({
        id: expect.stringMatching(/^cal_/),
        action_type: "product_view",
        product_id: "prod_01JABCDEF0123456789ABCDEFG",
        sku: "KIT-5KWP-GRID",
        product_name: "Kit solar 5 kWp on-grid",
        category: "kits",
        subcategory: "on-grid",
        brand: "Solar360",
        availability: "in_stock",
        view_context: "detail",
        time_spent_seconds: 95,
        scroll_depth_percentage: 80,
        clicked_image: true,
        clicked_video: false,
        downloaded_datasheet: true,
        referrer_type: "search",
        previous_product_id: "prod_01JPREVIOUS000000000000000",
        was_recommended: false,
        led_to_purchase: false,
        device_type: "desktop",
        browser: "Firefox",
        os: "Windows",
        is_bot: false,
        country: "BR",
        region: "MG",
        city: "Uberlândia",
        ip_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        session_id: "sess_cat_1",
      })
      expect(Number(stored.price_brl)).toBe(15990.5)
      // occurred_at = received_at - (sent_at - timestamp) = received_at - 2 min
      expect(stored.occurred_at!.getTime()).toBe(stored.received_at!.getTime() - 120_000)
      expect(stored.client_timestamp!.toISOString()).toBe("2026-06-01T12:03:00.000Z")

      const [storedSearch] = await solar360.listCatalogAccessLogs({ message_id: search.message_id })
      expect(storedSearch).toMatchObject({
        search_term: "inversor 5kw",
        search_results_count: 12,
        total_results_with_filters: 3,
        applied_filters: { brand: ["Growatt"], price_max: 5000 },
        product_id: null,
      })
      const [storedClick] = await solar360.listCatalogAccessLogs({ message_id: recommended.message_id })
      expect(storedClick).toMatchObject({
        recommendation_source: "ai_helio",
        recommendation_algorithm: "helio-rag-v2",
        was_recommended: true,
        search_result_position: 2,
      })
      expect(Number(storedClick.recommendation_score)).toBe(0.87)
    })

    it("accepts a product that no longer exists (shape is checked, not existence)", async () => {
      const response = await send({ logs: [productView({ product_id: "prod_DELETEDLONGAGO" })] })
      expect(response.data.accepted).toBe(1)
    })

    it("never stores the request IP in any column", async () => {
      await send({ logs: [productView(), productView()] })
      const connection = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const rows = await connection.raw("select * from catalog_access_log")
      expect(rows.rows).toHaveLength(2)
      const dump = JSON.stringify(rows.rows)
      expect(dump).not.toContain("127.0.0.1")
      expect(dump).not.toContain("::1")
    })

    it("is idempotent: the same batch twice stores each log once", async () => {
      const batch = { logs: [productView(), productView()] }
      const first = await send(batch)
      const retry = await send(batch)
      expect(first.data).toEqual({ accepted: 2, duplicates: 0, rejected: [] })
      expect(retry.data).toEqual({ accepted: 0, duplicates: 2, rejected: [] })
      expect(await logCount()).toBe(2)
    })

    it("answers per log: accepted, duplicate in the batch, rejected with reasons", async () => {
      const good = productView()
      const response = await send({
        logs: [
          good,
          productView({ action_type: "stare" }),
          productView({ product_id: "12345" }),
          productView({ action_type: "search", product_id: null }),
          productView({ timestamp: new Date(Date.now() + 24 * 3_600_000).toISOString() }),
          productView({ applied_filters: { blob: "x".repeat(33 * 1024) } }),
          { ...good },
        ],
      })
      expect(response.status).toBe(200)
      expect(response.data.accepted).toBe(1)
      expect(response.data.duplicates).toBe(1)
      expect(response.data.rejected).toEqual([
        { index: 1, code: "invalid_log", message: expect.stringContaining("action_type") },
        { index: 2, code: "invalid_log", message: expect.stringContaining("product_id") },
        { index: 3, code: "invalid_log", message: expect.stringContaining("search_term") },
        { index: 4, code: "timestamp_in_future", message: expect.stringContaining("23 h") },
        { index: 5, code: "log_too_large", message: expect.stringContaining("32768") },
      ])
      expect(await logCount()).toBe(1)
    })

    it("flags bots and sets customer_id for a logged-in customer", async () => {
      await send({ logs: [productView()] }, { "user-agent": "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)" })
      const customer = await createCustomerHeaders(api, getContainer(), store)
      await responseOf(
        api.post("/store/solar360/catalog-access-logs", { logs: [productView()] }, {
          headers: { ...customer.headers, "user-agent": DESKTOP_FIREFOX },
        })
      )
      const logs = await solar360.listCatalogAccessLogs({}, { order: { created_at: "ASC" } })
      expect(logs).toHaveLength(2)
      expect(logs[0]).toMatchObject({ is_bot: true, device_type: "bot", customer_id: null })
      expect(logs[1]).toMatchObject({ is_bot: false, customer_id: customer.customer_id })
    })

    it("stores a log without analytics consent cookieless, beside a consented one", async () => {
      const customer = await createCustomerHeaders(api, getContainer(), store)
      const refused = productView({
        consent: { analytics: false },
        previous_product_id: "prod_01JPREVIOUS",
        page_url: "https://loja.example.com/kits/5kwp?ref=maria@example.com",
      })
      const granted = productView({ consent: { analytics: true } })
      const response = await responseOf(
        api.post("/store/solar360/catalog-access-logs", { logs: [refused, granted] }, {
          headers: { ...customer.headers, "user-agent": DESKTOP_FIREFOX },
        })
      )
      expect(response.data).toEqual({ accepted: 2, duplicates: 0, rejected: [] })
      const [stored] = await solar360.listCatalogAccessLogs({ message_id: refused.message_id })
      expect(stored).toMatchObject({
        consent_analytics: false,
        session_id: null,
        anonymous_id: null,
        customer_id: null,
        ip_hash: null,
        previous_product_id: null,
        page_url: "https://loja.example.com/kits/5kwp",
        product_id: "prod_01JABCDEF0123456789ABCDEFG",
      })
      const [kept] = await solar360.listCatalogAccessLogs({ message_id: granted.message_id })
      expect(kept).toMatchObject({ consent_analytics: true, session_id: "sess_cat_1", customer_id: customer.customer_id })

      const malformed = await send({ logs: [productView({ consent: { analytics: 1 } })] })
      expect(malformed.status).toBe(400)
      expect(await logCount()).toBe(2)
    })

    it("rejects a batch where every log is bad with 400 and writes nothing", async () => {
      const response = await send({ logs: [productView({ view_context: "tv" }), {}] })
      expect(response.status).toBe(400)
      expect(response.data).toMatchObject({
        type: "invalid_data",
        code: "solar360_logs_rejected",
        accepted: 0,
        rejected: [
          { index: 0, code: "invalid_log" },
          { index: 1, code: "invalid_log" },
        ],
      })
      expect(await logCount()).toBe(0)
    })

    it("rejects bad envelopes with 400 and oversized batches with 413", async () => {
      for (const body of [
        {},
        { logs: [] },
        { logs: {} },
        { logs: [productView()], events: [] },
        { logs: Array.from({ length: 501 }, () => ({})) },
      ]) {
        const response = await send(body)
        expect(response.status).toBe(400)
        expect(response.data.type).toBe("invalid_data")
      }
      const big = await send({
        logs: Array.from({ length: 40 }, () =>
          productView({ applied_filters: { padding: "y".repeat(15 * 1024) } })
        ),
      })
      expect(big.status).toBe(413)
      expect(big.data.code).toBe("solar360_batch_too_large")
      expect(await logCount()).toBe(0)
    })

    it("one bad log never fails the batch: year 0, far-future sent_at, bad geo header, deep filters", async () => {
      let filters: Record<string, unknown> = { leaf: true }
      for (let i = 0; i < 100; i++) {
        filters = { child: filters }
      }
      const yearZero = await send(
        { logs: [productView(), productView({ timestamp: "0000-01-01T00:00:00.000Z" })] },
        { "x-geo-city": "%E0%A4%A" }
      )
      expect(yearZero.status).toBe(200)
      expect(yearZero.data).toEqual({
        accepted: 1,
        duplicates: 0,
        rejected: [{ index: 1, code: "invalid_timestamp", message: expect.any(String) }],
      })

      const farFuture = await send({
        sent_at: "9999-12-31T00:00:00.000Z",
        logs: [productView(), productView({ timestamp: new Date().toISOString() })],
      })
      expect(farFuture.status).toBe(200)
      expect(farFuture.data.accepted).toBe(1)
      expect(farFuture.data.rejected).toEqual([{ index: 1, code: "timestamp_too_old", message: expect.any(String) }])

      const deep = await send({ logs: [productView(), productView({ applied_filters: filters })] })
      expect(deep.status).toBe(200)
      expect(deep.data.accepted).toBe(1)
      expect(deep.data.rejected).toEqual([
        { index: 1, code: "invalid_log", message: expect.stringContaining("nested") },
      ])

      const badEnvelope = await send({ sent_at: "+275760-09-13T00:00:00.000Z", logs: [productView()] })
      expect(badEnvelope.status).toBe(400)
      expect(await logCount()).toBe(3)
    })

    it("refuses a request without a publishable key (400 not_allowed) and has no GET (404)", async () => {
      const noKey = await responseOf(
        api.post("/store/solar360/catalog-access-logs", { logs: [productView()] })
      )
      expect(noKey.status).toBe(400)
      expect(noKey.data.type).toBe("not_allowed")
      const list = await responseOf(api.get("/store/solar360/catalog-access-logs", store))
      expect(list.status).toBe(404)
      expect(await logCount()).toBe(0)
    })
  })
}
