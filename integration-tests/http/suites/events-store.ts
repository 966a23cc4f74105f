import { randomUUID } from "crypto"
import { gzipSync } from "zlib"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { createCustomerHeaders, responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

const ANDROID_CHROME =
  "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"

const pageView = (overrides: Record<string, unknown> = {}) => ({
  message_id: randomUUID(),
  event_name: "page_view",
  category: "page_view",
  session_id: "sess_1",
  anonymous_id: "anon_1",
  url: "https://loja.example.com/kits",
  path: "/kits",
  title: "Kits solares",
  referrer: "https://www.google.com/",
  screen_resolution: "1080x2400",
  utm_source: "google",
  utm_campaign: "verao",
  properties: { experiment: "b" },
  ...overrides,
})

export function eventsStoreSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let store: RequestHeaders
  let solar360: Solar360ModuleService

  beforeEach(async () => {
    ;({ store, solar360 } = await createHttpContext(api, getContainer(), { store: true }))
  })

  const send = (body: unknown, headers: Record<string, string> = {}) =>
    responseOf(
      api.post("/store/solar360/events", body, {
        headers: { ...store.headers, "user-agent": ANDROID_CHROME, ...headers },
      })
    )
  const eventCount = async () => (await solar360.listEvents({}, { select: ["id"] })).length

  describe("POST /store/solar360/events", () => {
    it("stores a batch enriched: skew-corrected time, device, location, daily IP hash", async () => {
      const sentAt = "2026-06-01T12:05:00.000Z" // the client's clock
      const events = [
        pageView({ timestamp: "2026-06-01T12:03:00.000Z" }),
        pageView({
          event_name: "add_to_cart",
          category: "ecommerce",
          product_id: "prod_01",
          product_price: 1299.9,
          value: 1299.9,
          currency_code: "BRL",
          timestamp: "2026-06-01T12:04:30.000Z",
        }),
        pageView({ event_name: "scroll", category: "engagement", scroll_depth: 75, time_on_page: 42 }),
      ]
      const before = Date.now()
      const response = await send(
        { sent_at: sentAt, events },
        { "cf-ipcountry": "br", "x-geo-region": "SP", "x-geo-city": "S%C3%A3o%20Paulo" }
      )
      const after = Date.now()

      expect(response.status).toBe(200)
      expect(response.data).toEqual({ accepted: 3, duplicates: 0, rejected: [] })

      const [first] = await solar360.listEvents({ message_id: events[0].message_id })
      // occurred_at = received_at - (sent_at - timestamp) = received_at - 2 min
      const received = first.received_at.getTime()
      expect(received).toBeGreaterThanOrEqual(before - 5)
      expect(received).toBeLessThanOrEqual(after + 5)
      expect(first.occurred_at.getTime()).toBe(received - 120_000)
      expect(first.client_timestamp!.toISOString()).toBe("2026-06-01T12:03:00.000Z")
      expect(first.sent_at!.toISOString()).toBe(sentAt)
      expect(first).toMatchObject({
        id: expect.stringMatching(/^evt_/),
        device_type: "mobile",
        device_brand: "Samsung",
        browser: "Chrome",
        os: "Android",
        is_bot: false,
        country: "BR",
        region: "SP",
        city: "São Paulo",
        screen_resolution: "1080x2400",
        properties: { experiment: "b" },
        ip_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      })

      const [cart] = await solar360.listEvents({ message_id: events[1].message_id })
      expect(Number(cart.product_price)).toBe(1299.9)
      expect(cart.currency_code).toBe("brl")
      const [scroll] = await solar360.listEvents({ message_id: events[2].message_id })
      expect(scroll).toMatchObject({ scroll_depth: 75, time_on_page: 42 })
      // No sent_at difference for an event without its own timestamp: received time.
      expect(scroll.occurred_at.getTime()).toBe(received)
    })

    it("never stores the request IP in any column", async () => {
      await send({ events: [pageView(), pageView()] })
      const connection = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const rows = await connection.raw("select * from event")
      const dump = JSON.stringify(rows.rows)
      expect(rows.rows).toHaveLength(2)
      expect(dump).not.toContain("127.0.0.1")
      expect(dump).not.toContain("::1")
    })

    it("is idempotent: the same batch twice stores each event once", async () => {
      const batch = { events: [pageView(), pageView(), pageView()] }
      const first = await send(batch)
      const retry = await send(batch)
      expect(first.data).toEqual({ accepted: 3, duplicates: 0, rejected: [] })
      expect(retry.data).toEqual({ accepted: 0, duplicates: 3, rejected: [] })
      expect(await eventCount()).toBe(3)
    })

    it("answers per event: accepted, duplicate in the batch, rejected with reasons", async () => {
      const good = pageView()
      const response = await send({
        sent_at: new Date().toISOString(),
        events: [
          good,
          pageView({ category: "pageview" }),
          pageView({ timestamp: new Date(Date.now() + 24 * 3_600_000).toISOString() }),
          pageView({ properties: { blob: "x".repeat(33 * 1024) } }),
          { ...good },
          pageView({ message_id: "not-a-uuid", colour: "red" }),
        ],
      })

      expect(response.status).toBe(200)
      expect(response.data.accepted).toBe(1)
      expect(response.data.duplicates).toBe(1)
      expect(response.data.rejected).toEqual([
        { index: 1, code: "invalid_event", message: expect.stringContaining("category") },
        { index: 2, code: "timestamp_in_future", message: expect.stringContaining("23 h") },
        { index: 3, code: "event_too_large", message: expect.stringContaining("32768") },
        { index: 5, code: "invalid_event", message: expect.stringMatching(/message_id.*colour|colour.*message_id/) },
      ])
      expect(await eventCount()).toBe(1)
    })

    it("flags bots (stored, to be excluded from reports)", async () => {
      await send({ events: [pageView()] }, { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" })
      const [event] = await solar360.listEvents({})
      expect(event).toMatchObject({ is_bot: true, device_type: "bot" })
    })

    it("sets customer_id for a logged-in customer", async () => {
      const customer = await createCustomerHeaders(api, getContainer(), store)
      const response = await responseOf(
        api.post("/store/solar360/events", { events: [pageView()] }, customer)
      )
      expect(response.data.accepted).toBe(1)
      const [event] = await solar360.listEvents({})
      expect(event.customer_id).toBe(customer.customer_id)
    })

    it("passes no request header (cookie, authorization) into the workflow input, only what enrichment needs", async () => {
      const customer = await createCustomerHeaders(api, getContainer(), store)
      const token = customer.headers.authorization.replace(/^Bearer /, "")
      const cookie = "connect.sid=s%3Asecret-session-cookie-value"
      const inputs: unknown[] = []
      const ingest = solar360.ingestEvents.bind(solar360)
      const spy = jest.spyOn(solar360, "ingestEvents").mockImplementation((async (input: any, ...rest: any[]) => {
        inputs.push(input)
        return (ingest as any)(input, ...rest)
      }) as any)
      try {
        const response = await responseOf(
          api.post("/store/solar360/events", { events: [pageView()] }, {
            headers: { ...customer.headers, cookie, "user-agent": ANDROID_CHROME, "cf-ipcountry": "BR" },
          })
        )
        expect(response.data.accepted).toBe(1)
      } finally {
        spy.mockRestore()
      }
      expect(inputs).toHaveLength(1)
      const serialised = JSON.stringify(inputs[0])
      expect(serialised).not.toContain(token)
      expect(serialised).not.toContain("secret-session-cookie-value")
      expect(serialised).not.toContain(store.headers["x-publishable-api-key"])
      expect(Object.keys(inputs[0] as object).sort()).toEqual(
        ["customer_id", "events", "geo", "ip", "received_at", "sent_at", "user_agent"].sort()
      )
      expect((inputs[0] as any).geo).toEqual({ country: "BR", region: null, city: null, timezone: null })
    })

    describe("consent", () => {
      it("stores a refused item cookieless beside granted ones in the same batch", async () => {
        const customer = await createCustomerHeaders(api, getContainer(), store)
        const refused = pageView({
          consent: { analytics: false },
          url: "https://loja.example.com/kits?email=maria@example.com",
          gclid: "Cj0KCQ",
          timestamp: "2026-06-01T12:03:27.000Z",
          properties: { experiment: "b", user_id: "u-1" },
        })
        const granted = pageView({ consent: { analytics: true, marketing: false }, gclid: "Cj0KCQ" })
        const unstated = pageView() // no consent: granted, as before the field existed
        const response = await responseOf(
          api.post(
            "/store/solar360/events",
            { sent_at: "2026-06-01T12:05:00.000Z", events: [refused, granted, unstated] },
            { headers: { ...customer.headers, "user-agent": ANDROID_CHROME } }
          )
        )
        expect(response.status).toBe(200)
        expect(response.data).toEqual({ accepted: 3, duplicates: 0, rejected: [] })

        const [stored] = await solar360.listEvents({ message_id: refused.message_id })
        expect(stored).toMatchObject({
          consent_analytics: false,
          session_id: null,
          anonymous_id: null,
          customer_id: null,
          ip_hash: null,
          screen_resolution: null,
          gclid: null,
          device_model: null,
          url: "https://loja.example.com/kits",
          path: "/kits",
          utm_campaign: "verao",
          device_type: "mobile",
          browser: "Chrome",
          properties: { experiment: "b" },
        })
        const minutes = (value: unknown) => new Date(value as string).getUTCMinutes()
        expect(minutes(stored.occurred_at)).toBe(0)
        expect(minutes(stored.received_at)).toBe(0)

        const [kept] = await solar360.listEvents({ message_id: granted.message_id })
        expect(kept).toMatchObject({
          consent_analytics: true,
          session_id: "sess_1",
          anonymous_id: "anon_1",
          customer_id: customer.customer_id,
          gclid: null, // marketing refused
        })
        expect(kept.ip_hash).toMatch(/^[0-9a-f]{64}$/)
        const [old] = await solar360.listEvents({ message_id: unstated.message_id })
        expect(old).toMatchObject({ consent_analytics: true, session_id: "sess_1", customer_id: customer.customer_id })

        // A retry of the same batch stores nothing more.
        const again = await responseOf(
          api.post(
            "/store/solar360/events",
            { sent_at: "2026-06-01T12:05:00.000Z", events: [refused, granted, unstated] },
            { headers: { ...customer.headers, "user-agent": ANDROID_CHROME } }
          )
        )
        expect(again.data).toEqual({ accepted: 0, duplicates: 3, rejected: [] })
        expect(await eventCount()).toBe(3)
      })

      it("answers 400 for a malformed consent and writes nothing", async () => {
        const response = await send({
          events: [
            pageView({ consent: { analytics: "no" } }),
            pageView({ consent: "denied" }),
            pageView({ consent: { analytics: false, tracking: false } }),
            pageView({ consent: {} }),
          ],
        })
        expect(response.status).toBe(400)
        expect(response.data).toMatchObject({ code: "solar360_events_rejected", accepted: 0 })
        expect(response.data.rejected.map((r: any) => r.code)).toEqual([
          "invalid_event",
          "invalid_event",
          "invalid_event",
          "invalid_event",
        ])
        expect(response.data.rejected[0].message).toContain("consent.analytics")
        expect(await eventCount()).toBe(0)
      })
    })

    it("rejects a batch where every event is bad with 400 and writes nothing", async () => {
      const response = await send({ events: [pageView({ category: "nope" }), { hello: "world" }] })
      expect(response.status).toBe(400)
      expect(response.data).toMatchObject({
        type: "invalid_data",
        code: "solar360_events_rejected",
        accepted: 0,
        rejected: [
          { index: 0, code: "invalid_event" },
          { index: 1, code: "invalid_event" },
        ],
      })
      expect(await eventCount()).toBe(0)
    })

    it("rejects bad envelopes with 400", async () => {
      for (const body of [
        {},
        { events: [] },
        { events: "page_view" },
        { events: [pageView()], extra: true },
        { sent_at: "yesterday", events: [pageView()] },
        { events: Array.from({ length: 501 }, () => ({})) },
      ]) {
        const response = await send(body)
        expect(response.status).toBe(400)
        expect(response.data.type).toBe("invalid_data")
      }
      expect(await eventCount()).toBe(0)
    })

    describe("one bad item never fails the batch", () => {
      const nested = (depth: number): Record<string, unknown> => {
        let value: Record<string, unknown> = { leaf: true }
        for (let i = 0; i < depth; i++) {
          value = { child: value }
        }
        return value
      }

      it("rejects a year-0 timestamp on its own and keeps the valid events", async () => {
        const response = await send({ events: [pageView(), pageView({ timestamp: "0000-01-01T00:00:00.000Z" })] })
        expect(response.status).toBe(200)
        expect(response.data).toEqual({
          accepted: 1,
          duplicates: 0,
          rejected: [{ index: 1, code: "invalid_timestamp", message: expect.any(String) }],
        })
        expect(await eventCount()).toBe(1)
      })

      it("rejects an event whose time is older than eventPastToleranceDays", async () => {
        const old = new Date(Date.now() - 400 * 86_400_000).toISOString()
        const response = await send({ events: [pageView(), pageView({ timestamp: old })] })
        expect(response.data.accepted).toBe(1)
        expect(response.data.rejected).toEqual([
          { index: 1, code: "timestamp_too_old", message: expect.stringContaining("30 days") },
        ])
        expect(await eventCount()).toBe(1)
      })

      it("a far-future sent_at rejects the events it would move out of range, not the batch", async () => {
        const response = await send({
          sent_at: "9999-12-31T00:00:00.000Z",
          events: [pageView(), pageView({ timestamp: new Date().toISOString() })],
        })
        expect(response.status).toBe(200)
        expect(response.data).toEqual({
          accepted: 1,
          duplicates: 0,
          rejected: [{ index: 1, code: "timestamp_too_old", message: expect.any(String) }],
        })
        expect(await eventCount()).toBe(1)
      })

      it("answers 400 for an envelope sent_at no clock can hold, and writes nothing", async () => {
        for (const sent_at of ["+275760-09-13T00:00:00.000Z", "0000-01-01T00:00:00.000Z"]) {
          const response = await send({ sent_at, events: [pageView()] })
          expect(response.status).toBe(400)
          expect(response.data.type).toBe("invalid_data")
          expect(response.data.message).toContain("sent_at")
        }
        expect(await eventCount()).toBe(0)
      })

      it("ignores a malformed geo header and stores the events", async () => {
        const response = await send(
          { events: [pageView()] },
          { "x-geo-city": "S%E3o%20Paulo%", "cf-ipcountry": "BRAZIL<script>" }
        )
        expect(response.status).toBe(200)
        expect(response.data.accepted).toBe(1)
        const [event] = await solar360.listEvents({})
        expect(event).toMatchObject({ city: null, country: null })
      })

      it("rejects properties nested 100 deep on their own and keeps the valid events", async () => {
        const response = await send({
          events: [pageView(), pageView({ properties: nested(100) }), pageView({ properties: nested(5) })],
        })
        expect(response.status).toBe(200)
        expect(response.data).toEqual({
          accepted: 2,
          duplicates: 0,
          rejected: [{ index: 1, code: "invalid_event", message: expect.stringContaining("nested") }],
        })
        expect(await eventCount()).toBe(2)
      })
    })

    it("refuses a batch over 500 KB with 413 and a code", async () => {
      const events = Array.from({ length: 40 }, () =>
        pageView({ properties: { padding: "y".repeat(15 * 1024) } })
      )
      const response = await send({ events })
      expect(response.status).toBe(413)
      expect(response.data.code).toBe("solar360_batch_too_large")
      expect(await eventCount()).toBe(0)
    })

    describe("body limits hold after decompression", () => {
      const sendGzip = (body: Buffer) =>
        responseOf(
          api.post("/store/solar360/events", gzipSync(body), {
            headers: { ...store.headers, "content-type": "application/json", "content-encoding": "gzip" },
            // The gzip bytes as they are: no transform by the HTTP client.
            transformRequest: [(data: unknown) => data],
          })
        )

      it("counts a gzip body's decoded size: 600 KB of events in ~10 KB of gzip is 413 with the code", async () => {
        const events = Array.from({ length: 40 }, () => pageView({ properties: { padding: "y".repeat(15 * 1024) } }))
        const json = Buffer.from(JSON.stringify({ events }))
        expect(gzipSync(json).length).toBeLessThan(50 * 1024)
        const response = await sendGzip(json)
        expect(response.status).toBe(413)
        expect(response.data.code).toBe("solar360_batch_too_large")
        expect(await eventCount()).toBe(0)
      })

      it("refuses a gzip bomb (10 MB of zeros in ~10 KB) with 413 and writes nothing", async () => {
        const bomb = Buffer.alloc(10 * 1024 * 1024, 0)
        expect(gzipSync(bomb).length).toBeLessThan(20 * 1024)
        const response = await sendGzip(bomb)
        expect(response.status).toBe(413)
        expect(await eventCount()).toBe(0)
      })

      it("still accepts a small gzip batch", async () => {
        const response = await sendGzip(Buffer.from(JSON.stringify({ events: [pageView()] })))
        expect(response.status).toBe(200)
        expect(response.data.accepted).toBe(1)
      })
    })

    it("refuses a request without a publishable key (400 not_allowed) and has no GET (404)", async () => {
      const noKey = await responseOf(api.post("/store/solar360/events", { events: [pageView()] }))
      expect(noKey.status).toBe(400)
      expect(noKey.data.type).toBe("not_allowed")
      const list = await responseOf(api.get("/store/solar360/events", store))
      expect(list.status).toBe(404)
      expect(await eventCount()).toBe(0)
    })
  })
}
