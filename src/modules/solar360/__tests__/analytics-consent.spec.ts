import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import Solar360ModuleService from "../service"
import { SOLAR360_MODULE_UNDER_TEST } from "./module-runner"

jest.setTimeout(120_000)

// The cookieless form at the module layer: what `ingestEvents` / `ingestCatalogAccessLogs`
// store for an item whose visitor refused analytics, that a retry stays one row, that the
// person-linked features cannot reach such rows and that the reports still count them.

const CHROME =
  "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"
const RECEIVED_AT = new Date("2026-10-20T12:34:56.789Z")
const SENT_AT = new Date("2026-10-20T12:34:50.000Z")
const HOUR = new Date("2026-10-20T12:00:00.000Z")
const CUSTOMER = "cus_01JCONSENTTEST"

const origin = {
  received_at: RECEIVED_AT,
  sent_at: SENT_AT,
  customer_id: CUSTOMER,
  ip: "203.0.113.7",
  user_agent: CHROME,
  geo: { country: "BR", region: "SP", city: "Campinas", timezone: null },
}

const pageView = (message_id: string, consent?: { analytics: boolean; marketing?: boolean }) => ({
  message_id,
  event_name: "page_view",
  category: "page_view",
  timestamp: new Date("2026-10-20T12:34:40.123Z"),
  occurred_at: new Date("2026-10-20T12:34:46.912Z"),
  session_id: "s-consent",
  anonymous_id: "a-consent",
  cart_id: "cart_01JCONSENT",
  url: "https://loja.example/kits?email=maria@x.com",
  path: "/kits",
  screen_resolution: "412x915",
  utm_source: "google",
  utm_campaign: "verao",
  gclid: "Cj0KCQ",
  properties: { plan: "kit-5", user_email: "maria@x.com" },
  ...(consent ? { consent } : {}),
})

const noIdentifiers = {
  email: [],
  phone: [],
  cpf_cnpj: [],
  customer_id: [],
  lead_id: [],
  anonymous_id: [],
  session_id: [],
}

moduleIntegrationTestRunner<Solar360ModuleService>({
  ...SOLAR360_MODULE_UNDER_TEST,
  testSuite: ({ service }) => {
    const stored = async (message_id: string) => {
      const [row] = await service.listEvents({ message_id })
      return row as any
    }

    it("stores a refused event without ids, to the hour, marked; a granted one whole", async () => {
      const { inserted_ids } = await service.ingestEvents({
        events: [pageView("refused-1", { analytics: false }), pageView("granted-1", { analytics: true })] as any,
        ...origin,
      })
      expect(inserted_ids).toHaveLength(2)

      const refused = await stored("refused-1")
      expect(refused).toMatchObject({
        consent_analytics: false,
        session_id: null,
        anonymous_id: null,
        customer_id: null,
        ip_hash: null,
        cart_id: null,
        gclid: null,
        screen_resolution: null,
        city: null,
        device_brand: null,
        device_model: null,
        browser_version: null,
        os_version: null,
        // kept: what reports count
        device_type: "mobile",
        browser: "Chrome",
        os: "Android",
        country: "BR",
        path: "/kits",
        url: "https://loja.example/kits",
        utm_source: "google",
        utm_campaign: "verao",
        properties: { plan: "kit-5" },
      })
      for (const column of ["occurred_at", "client_timestamp", "sent_at", "received_at"]) {
        expect([column, new Date(refused[column]).toISOString()]).toEqual([column, HOUR.toISOString()])
      }
      // The id's ULID time is the hour too, not the batch's millisecond.
      const [granted] = await service.listEvents({ message_id: "granted-1" })
      expect(refused.id.slice(0, 14)).not.toBe((granted as any).id.slice(0, 14))
      expect(refused.id.slice(14)).not.toBe((granted as any).id.slice(14))
      expect(new Date(refused.created_at).getUTCSeconds()).toBe(0)

      expect(granted).toMatchObject({
        consent_analytics: true,
        session_id: "s-consent",
        anonymous_id: "a-consent",
        customer_id: CUSTOMER,
        cart_id: "cart_01JCONSENT",
        gclid: "Cj0KCQ",
        city: "Campinas",
        device_brand: "Samsung",
      })
      expect((granted as any).ip_hash).toMatch(/^[0-9a-f]{64}$/)
      expect(new Date((granted as any).received_at).toISOString()).toBe(RECEIVED_AT.toISOString())
    })

    it("stores a retried cookieless event once", async () => {
      const first = await service.ingestEvents({ events: [pageView("retry-1", { analytics: false })] as any, ...origin })
      const again = await service.ingestEvents({ events: [pageView("retry-1", { analytics: false })] as any, ...origin })
      expect(first.inserted_ids).toHaveLength(1)
      expect(again.inserted_ids).toHaveLength(0)
      expect(await service.listEvents({ message_id: "retry-1" })).toHaveLength(1)
    })

    it("keeps ids off a refused row even when a serialised batch still carries them", async () => {
      // A serialised batch is the route's (already through applyConsent); the statement
      // itself still refuses to store a session, visitor, customer or ip on such a row.
      const items = [{ ...pageView("serialised-1"), consent_analytics: false }]
      await service.ingestEvents({ events: { json: JSON.stringify(items), count: 1 }, ...origin })
      expect(await stored("serialised-1")).toMatchObject({
        consent_analytics: false,
        session_id: null,
        anonymous_id: null,
        customer_id: null,
        ip_hash: null,
      })
    })

    it("drops only the click ids when marketing is refused", async () => {
      await service.ingestEvents({
        events: [pageView("no-marketing", { analytics: true, marketing: false })] as any,
        ...origin,
      })
      expect(await stored("no-marketing")).toMatchObject({
        consent_analytics: true,
        gclid: null,
        session_id: "s-consent",
        customer_id: CUSTOMER,
      })
    })

    it("strips a refused catalog log the same way, and conversions never mark it", async () => {
      const log = (message_id: string, consent: { analytics: boolean }) => ({
        message_id,
        action_type: "product_view",
        product_id: "prod_01JCONSENT",
        session_id: "s-consent",
        anonymous_id: "a-consent",
        cart_id: "cart_01JCONSENT",
        previous_product_id: "prod_01JPREVIOUS",
        occurred_at: new Date("2026-10-20T12:30:00Z"),
        consent,
      })
      await service.ingestCatalogAccessLogs({
        events: [log("cal-refused", { analytics: false }), log("cal-granted", { analytics: true })] as any,
        ...origin,
      })
      const [refused] = (await service.listCatalogAccessLogs({ message_id: "cal-refused" })) as any[]
      expect(refused).toMatchObject({
        consent_analytics: false,
        session_id: null,
        anonymous_id: null,
        customer_id: null,
        cart_id: null,
        ip_hash: null,
        previous_product_id: null,
        product_id: "prod_01JCONSENT",
      })

      const { marked_log_ids } = await service.markCartConversions({
        cart_id: "cart_01JCONSENT",
        customer_id: CUSTOMER,
        product_ids: ["prod_01JCONSENT"],
        at: new Date("2026-10-20T13:00:00Z"),
      })
      const [granted] = (await service.listCatalogAccessLogs({ message_id: "cal-granted" })) as any[]
      expect(marked_log_ids).toEqual([granted.id])
    })

    it("keeps refused rows out of a person's data and in the report totals", async () => {
      await service.ingestEvents({
        events: [
          pageView("person-granted", { analytics: true }),
          pageView("person-refused-1", { analytics: false }),
          pageView("person-refused-2", { analytics: false }),
        ] as any,
        ...origin,
      })
      const summary = await service.summarizeDataSubject({ ...noIdentifiers, customer_id: [CUSTOMER] })
      expect((summary.models.event as any).count).toBe(1)

      const rows = await service.getAnalyticsReportRows("overview", { from: "2026-10-20", to: "2026-10-20" })
      const value = (dimension: string, key: string) =>
        rows.find((row) => row.dimension === dimension && row.key === key)?.value ?? 0
      expect(value("total", "page_views")).toBe(3)
      expect(value("total", "events")).toBe(3)
      // One session from the granted view, one visit each for the cookieless views.
      expect(value("utm_campaign", "verao")).toBe(3)
      expect(value("total", "sessions")).toBe(1)
      expect(value("total", "visitors")).toBe(1)
    })
  },
})
