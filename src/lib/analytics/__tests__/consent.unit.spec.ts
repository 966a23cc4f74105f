import { z } from "@medusajs/framework/zod"
import {
  applyConsent,
  coarsenTime,
  isIdentifierKey,
  resolveConsent,
  scrubIdentifiers,
  stripQueryString,
} from "../consent"
import { classifyBatch } from "../classify-batch"

const granted = { requireConsent: false }
const required = { requireConsent: true }

const event = () => ({
  message_id: "8c0c1d9e-3c55-4a8e-9a57-0b6e7c1f2a10",
  event_name: "page_view",
  category: "page_view",
  session_id: "s1",
  anonymous_id: "a1",
  cart_id: "cart_01JABCDEF",
  order_id: "order_01JABCDEF",
  url: "https://loja.example/kits?email=maria@x.com&gclid=abc#top",
  path: "/kits?ref=maria",
  referrer: "https://google.com/search?q=kit+solar",
  title: "Kits para maria@x.com",
  label: "ligar 11 98765-4321",
  screen_resolution: "1920x1080",
  utm_source: "google",
  utm_medium: "cpc",
  utm_campaign: "verao",
  gclid: "Cj0KCQ",
  fbclid: "IwAR0",
  product_id: "prod_01J",
  value: 18990,
  timestamp: new Date("2026-06-01T12:34:56.789Z"),
  occurred_at: new Date("2026-06-01T12:35:01.002Z"),
  properties: {
    plan: "premium",
    user_id: "u-123",
    customerId: "cus_01JABCDEF",
    contact: { email: "maria@x.com", note: "call maria@x.com or CPF 529.982.247-25" },
    items: [{ product_id: "prod_01", session: "s1", visitor_uuid: "x" }, "order_01JABCDEFG"],
    ref: "8c0c1d9e-3c55-4a8e-9a57-0b6e7c1f2a10",
  },
})

describe("resolveConsent", () => {
  it("treats a missing consent as granted unless consent is required", () => {
    expect(resolveConsent(undefined, granted)).toEqual({ analytics: true, marketing: null })
    expect(resolveConsent(null, required)).toEqual({ analytics: false, marketing: null })
  })

  it("uses the item's own consent whatever the policy", () => {
    expect(resolveConsent({ analytics: true }, required)).toEqual({ analytics: true, marketing: null })
    expect(resolveConsent({ analytics: false, marketing: true }, granted)).toEqual({
      analytics: false,
      marketing: true,
    })
  })
})

describe("applyConsent", () => {
  it("keeps a granted item whole and marks it", () => {
    const item = event()
    const out = applyConsent({ ...item, consent: { analytics: true } }, granted)
    expect(out).toEqual({ ...item, consent_analytics: true })
    expect("consent" in out).toBe(false)
  })

  it("keeps an item without consent whole (back-compat) and strips it under requireConsent", () => {
    expect(applyConsent(event(), granted)).toEqual({ ...event(), consent_analytics: true })
    const strict = applyConsent(event(), required)
    expect(strict.consent_analytics).toBe(false)
    expect(strict.anonymous_id).toBeNull()
  })

  it("stores a refused item in the cookieless form", () => {
    const out = applyConsent({ ...event(), consent: { analytics: false } }, granted)
    expect(out).toMatchObject({
      message_id: "8c0c1d9e-3c55-4a8e-9a57-0b6e7c1f2a10",
      consent_analytics: false,
      session_id: null,
      anonymous_id: null,
      cart_id: null,
      order_id: null,
      screen_resolution: null,
      gclid: null,
      fbclid: null,
      url: "https://loja.example/kits",
      path: "/kits",
      referrer: "https://google.com/search",
      // campaign, product and value stay: they are what is counted
      utm_source: "google",
      utm_medium: "cpc",
      utm_campaign: "verao",
      product_id: "prod_01J",
      value: 18990,
      timestamp: new Date("2026-06-01T12:00:00.000Z"),
      occurred_at: new Date("2026-06-01T12:00:00.000Z"),
    })
    expect(out.title).not.toContain("maria@x.com")
    expect(out.label).not.toContain("98765")
    expect(out.properties).toEqual({
      plan: "premium",
      contact: { note: expect.not.stringContaining("maria@x.com") },
      items: [{ product_id: "prod_01" }, null],
      ref: null,
    })
    expect(JSON.stringify(out.properties)).not.toMatch(/529\.982\.247-25|cus_|maria/)
  })

  it("drops only the click ids when marketing is refused", () => {
    const out = applyConsent({ ...event(), consent: { analytics: true, marketing: false } }, granted)
    expect(out).toMatchObject({ gclid: null, fbclid: null, session_id: "s1", anonymous_id: "a1" })
    expect(out.occurred_at).toEqual(event().occurred_at)
  })

  it("strips a catalog log's chaining ids, filters and search text", () => {
    const out = applyConsent(
      {
        message_id: "m",
        action_type: "search",
        search_term: "maria@x.com inversor",
        applied_filters: { brand: "WEG", session_id: "s1", nested: { deep: { email: "a@b.co" } } },
        previous_product_id: "prod_1",
        next_product_id: "prod_2",
        quote_id: "q1",
        page_url: "https://loja.example/busca?q=maria",
        referrer_url: "https://loja.example/?utm_source=x",
        session_id: "s1",
        consent: { analytics: false },
      },
      granted
    )
    expect(out).toMatchObject({
      previous_product_id: null,
      next_product_id: null,
      quote_id: null,
      session_id: null,
      page_url: "https://loja.example/busca",
      referrer_url: "https://loja.example/",
      applied_filters: { brand: "WEG", nested: { deep: {} } },
    })
    expect(out.search_term).not.toContain("maria@x.com")
    expect(out.search_term).toContain("inversor")
  })

  it("does not change its input", () => {
    const item = { ...event(), consent: { analytics: false } }
    const copy = JSON.parse(JSON.stringify(item))
    applyConsent(item, granted)
    expect(JSON.parse(JSON.stringify(item))).toEqual(copy)
  })

  it("is applied by classifyBatch before the size check, keeping message ids for duplicates", () => {
    const schema = z.object({ message_id: z.string(), timestamp: z.coerce.date().nullish(), session_id: z.string(), consent: z.any() })
    const received_at = new Date("2026-06-01T12:40:00Z")
    const batch = classifyBatch(
      [
        { message_id: "a", session_id: "s1", consent: { analytics: false } },
        { message_id: "a", session_id: "s1", consent: { analytics: false } },
        { message_id: "b", session_id: "s1" },
      ],
      schema as any,
      { received_at, futureToleranceHours: 23 },
      { maxItemBytes: 1000, noun: "event", prepare: (item) => applyConsent(item, granted) as any }
    )
    expect(batch.duplicates_in_batch).toBe(1)
    expect(JSON.parse(batch.valid_json)).toEqual([
      { message_id: "a", session_id: null, consent_analytics: false, occurred_at: "2026-06-01T12:00:00.000Z" },
      { message_id: "b", session_id: "s1", consent_analytics: true, occurred_at: "2026-06-01T12:40:00.000Z" },
    ])
  })
})

describe("helpers", () => {
  it("recognises identifier keys in any case style, but not product keys", () => {
    for (const key of ["id", "user_id", "customerId", "e-mail", "EMAIL", "shippingPhone", "cpf", "ip", "user_agent", "sessionToken"]) {
      expect([key, isIdentifierKey(key)]).toEqual([key, true])
    }
    for (const key of ["product_id", "variantId", "plan", "brand", "price", "identity_theme"]) {
      expect([key, isIdentifierKey(key)]).toEqual([key, false])
    }
  })

  it("scrubs ids at any depth and leaves numbers and booleans", () => {
    expect(scrubIdentifiers({ a: [{ b: { c: { email: "x@y.co", n: 3, ok: true } } }] })).toEqual({
      a: [{ b: { c: { n: 3, ok: true } } }],
    })
    expect(scrubIdentifiers("cus_01JABCDEF")).toBeNull()
  })

  it("strips query strings and fragments, coarsens to the UTC hour", () => {
    expect(stripQueryString("/a?b=1")).toBe("/a")
    expect(stripQueryString("/a#x?y")).toBe("/a")
    expect(stripQueryString("/a")).toBe("/a")
    expect(coarsenTime(new Date("2026-06-01T23:59:59.999Z"))).toEqual(new Date("2026-06-01T23:00:00.000Z"))
  })
})
