// A small, hand-counted set of events and catalog logs for the admin analytics tests.
// Days are calendar days in America/Sao_Paulo (UTC-3, no DST): D1 = 2026-11-02,
// D2 = 2026-11-03. Every expected number in the specs is counted from the rows below by hand;
// the comments say which rows make each figure.
import type Solar360ModuleService from "../../src/modules/solar360/service"

export const D1 = "2026-11-02"
export const D2 = "2026-11-03"
export const P1 = "prod_01"
export const P2 = "prod_02"
export const P3 = "prod_03"

let sequence = 0
const msg = () => `msg-analytics-${++sequence}-${Date.now()}`

type Row = Record<string, unknown>

const pageView = (at: string, fields: Row): Row => ({
  event_name: "page_view",
  category: "page_view",
  occurred_at: new Date(at),
  ...fields,
})
const ecommerce = (name: string, at: string, fields: Row): Row => ({
  event_name: name,
  category: "ecommerce",
  occurred_at: new Date(at),
  ...fields,
})

const desktopChrome = { device_type: "desktop", browser: "Chrome" }

/** Events by label, so specs can name the ones they touch. */
export const EVENT_ROWS: Record<string, Row> = {
  // --- D1: sessions s1..s4 (visitors A1, anon-B, A3), one bot, one soft-deleted ---
  e1: pageView("2026-11-02T13:00:00Z", {
    session_id: "s1", ip_hash: "A1", path: "/", url: "https://loja.example/",
    referrer: "https://www.google.com/search?q=painel", utm_source: "google", utm_medium: "cpc",
    utm_campaign: "verao", customer_id: "cus_fixture", ...desktopChrome,
  }),
  e3: pageView("2026-11-02T13:02:00Z", {
    session_id: "s1", ip_hash: "A1", path: "/p/painel", url: "https://loja.example/p/painel",
    referrer: "https://loja.example/", ...desktopChrome, // internal referrer: not counted
  }),
  e2: ecommerce("add_to_cart", "2026-11-02T13:05:00Z", { session_id: "s1", ip_hash: "A1", ...desktopChrome }),
  e4: ecommerce("checkout", "2026-11-02T13:10:00Z", { session_id: "s1", ip_hash: "A1", ...desktopChrome }),
  // 01:30 UTC on Nov 3 is 22:30 on Nov 2 in São Paulo: a D1 event.
  e5: pageView("2026-11-03T01:30:00Z", {
    session_id: "s2", anonymous_id: "anon-B", path: "/", url: "https://loja.example/",
    referrer: "https://facebook.com/post/1", utm_source: "facebook", device_type: "mobile", browser: "Safari",
  }),
  e6: pageView("2026-11-02T14:00:00Z", {
    session_id: "s3", ip_hash: "A3", path: "/", device_type: "desktop", browser: "Firefox",
  }),
  e7: pageView("2026-11-02T18:00:00Z", { session_id: "s4", ip_hash: "A1", path: "/blog", ...desktopChrome }),
  bot: pageView("2026-11-02T15:00:00Z", {
    session_id: "s5", ip_hash: "BOT", path: "/", is_bot: true, utm_source: "google", ...desktopChrome,
  }),
  deleted: pageView("2026-11-02T14:05:00Z", {
    session_id: "s3", ip_hash: "A3", path: "/p/painel", device_type: "desktop", browser: "Firefox",
  }),
  // --- D2: sessions s6..s8 (visitors A1d2, A7, A8) and A9 without a session ---
  f1: pageView("2026-11-03T12:00:00Z", {
    session_id: "s6", ip_hash: "A1d2", path: "/", utm_source: "google", utm_medium: "cpc", ...desktopChrome,
  }),
  f2: ecommerce("add_to_cart", "2026-11-03T12:05:00Z", { session_id: "s6", ip_hash: "A1d2", ...desktopChrome }),
  f3: ecommerce("checkout", "2026-11-03T12:06:00Z", { session_id: "s6", ip_hash: "A1d2", ...desktopChrome }),
  f4: ecommerce("purchase", "2026-11-03T12:07:00Z", { session_id: "s6", ip_hash: "A1d2", ...desktopChrome }),
  f5: pageView("2026-11-03T15:00:00Z", {
    session_id: "s7", ip_hash: "A7", path: "/p/inversor", url: "https://loja.example/p/inversor",
    referrer: "https://google.com/", device_type: "mobile", browser: "Chrome",
  }),
  f6: ecommerce("checkout", "2026-11-03T15:01:00Z", { session_id: "s7", ip_hash: "A7", device_type: "mobile", browser: "Chrome" }),
  // The cart comes before the page view: the funnel stops at step 1 for s8.
  f7: ecommerce("add_to_cart", "2026-11-03T16:00:00Z", { session_id: "s8", ip_hash: "A8", ...desktopChrome }),
  f8: pageView("2026-11-03T16:01:00Z", { session_id: "s8", ip_hash: "A8", path: "/p/painel", ...desktopChrome }),
  f9: ecommerce("checkout", "2026-11-03T16:02:00Z", { session_id: "s8", ip_hash: "A8", ...desktopChrome }),
  f10: pageView("2026-11-03T17:00:00Z", { ip_hash: "A9", path: "/", ...desktopChrome }),
  // 02:30 UTC on Nov 2 is 23:30 on Nov 1 in São Paulo: outside D1..D2.
  before: pageView("2026-11-02T02:30:00Z", { session_id: "s9", ip_hash: "A0", path: "/", ...desktopChrome }),
}

const view = (at: string, product: string, fields: Row = {}): Row => ({
  action_type: "product_view",
  occurred_at: new Date(at),
  product_id: product,
  product_name: { [P1]: "Painel 550W", [P2]: "Inversor 5kW", [P3]: "Bateria 10kWh" }[product],
  ...fields,
})
const search = (at: string, term: string, results: number, fields: Row = {}): Row => ({
  action_type: "search",
  occurred_at: new Date(at),
  search_term: term,
  search_results_count: results,
  ...fields,
})

export const CATALOG_ROWS: Record<string, Row> = {
  // --- D1 ---
  c1: view("2026-11-02T13:01:00Z", P1, { session_id: "s1", recommendation_source: "trending", was_recommended: true, led_to_cart: true, view_context: "recommendation" }),
  c2: view("2026-11-02T13:03:00Z", P2, { session_id: "s1", view_context: "detail" }),
  c3: view("2026-11-02T13:04:00Z", P1, { session_id: "s1", recommendation_source: "trending", led_to_purchase: true }),
  c4: view("2026-11-02T20:00:00Z", P1, { session_id: "s2", recommendation_source: "personalized", customer_id: "cus_fixture" }),
  c5: view("2026-11-02T20:01:00Z", P3, { session_id: "s2" }),
  c6: search("2026-11-02T20:02:00Z", "Painel Solar ", 12, { session_id: "s2" }),
  c7: search("2026-11-02T14:01:00Z", "microinversor", 0, { session_id: "s3" }),
  bot: view("2026-11-02T15:01:00Z", P3, { session_id: "s5", is_bot: true }),
  deleted: view("2026-11-02T14:02:00Z", P2, { session_id: "s3", led_to_cart: true }),
  // --- D2 ---
  d1: view("2026-11-03T12:01:00Z", P1, { session_id: "s6", recommendation_source: "similar", led_to_cart: true, led_to_purchase: true }),
  d2: view("2026-11-03T12:02:00Z", P2, { session_id: "s6" }),
  d3: search("2026-11-03T12:03:00Z", "painel solar", 5, { session_id: "s6" }),
  d4: search("2026-11-03T15:02:00Z", "MICROINVERSOR", 0, { session_id: "s7" }),
  d5: search("2026-11-03T15:03:00Z", "cabo", 0, { session_id: "s7" }),
  d6: view("2026-11-03T15:04:00Z", P2, { session_id: "s7", led_to_cart: true }),
  d7: { action_type: "add_to_cart", occurred_at: new Date("2026-11-03T15:05:00Z"), product_id: P2, session_id: "s7" },
  d8: view("2026-11-03T17:01:00Z", P3),
}

/** Inserts the fixture, soft-deletes the "deleted" rows; returns the ids by label. */
export async function insertAnalyticsFixture(solar360: Solar360ModuleService) {
  const eventLabels = Object.keys(EVENT_ROWS)
  const events = await solar360.createEvents(
    eventLabels.map((label) => ({
      message_id: msg(),
      received_at: EVENT_ROWS[label].occurred_at,
      ...EVENT_ROWS[label],
    })) as any
  )
  const catalogLabels = Object.keys(CATALOG_ROWS)
  const logs = await solar360.createCatalogAccessLogs(
    catalogLabels.map((label) => ({ message_id: msg(), ...CATALOG_ROWS[label] })) as any
  )
  const eventIds = Object.fromEntries(eventLabels.map((label, i) => [label, events[i].id]))
  const logIds = Object.fromEntries(catalogLabels.map((label, i) => [label, logs[i].id]))
  await solar360.softDeleteEvents([eventIds.deleted])
  await solar360.softDeleteCatalogAccessLogs([logIds.deleted])
  return { eventIds, logIds }
}
