// 60 days of storefront browsing: sessions with a believable funnel (page views > product
// views > add to cart > checkout > purchase), UTM campaigns, devices, returning visitors.
// Written the way the store routes write them: one batch per session through the module's
// ingest service (user agent parsed, geo from the batch), carts marked through
// markCartConversions and purchases through recordOrderConversion, then the daily rollups.
import type { MedusaContainer } from "@medusajs/framework/types"
import { SOLAR360_MODULE, type CartConversionInput, type OrderConversionInput, type Solar360ModuleService } from "../../src/modules/solar360"
import { rollUpAnalyticsWorkflow } from "../../src/workflows"
import { DEMO_CAMPAIGNS, DEMO_CITIES, DEMO_DEVICES, DEMO_SEARCHES, type DemoCity } from "./catalog"
import { DEMO_CONCURRENCY, mapLimit } from "./concurrency"
import type { DemoProductRef } from "./core"
import { daysAgo, type DemoRandom } from "./random"

export const DEMO_ANALYTICS_DAYS = 60
const STORE_URL = "https://loja.solar360.example"

export type DemoSession = {
  session_id: string
  anonymous_id: string
  started_at: Date
  city: DemoCity
  utm: Record<string, string> | null
  viewed_product_ids: string[]
  reached: "visit" | "product" | "cart" | "checkout" | "purchase"
}

type Item = Record<string, unknown>

const PAGES = [
  ["/", "Solar360 | Energia solar para sua casa"],
  ["/kits", "Kits de energia solar"],
  ["/simulador", "Simulador de economia"],
  ["/financiamento", "Financiamento solar"],
  ["/blog/como-funciona-energia-solar", "Como funciona a energia solar"],
  ["/contato", "Fale com um especialista"],
] as const

export async function seedAnalytics(
  container: MedusaContainer,
  random: DemoRandom,
  input: { anchor: Date; products: DemoProductRef[] }
): Promise<{ sessions: DemoSession[]; events: number; logs: number; purchases: number }> {
  const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
  const visitors: string[] = []
  const sessions: DemoSession[] = []
  let events = 0
  let logs = 0
  let purchases = 0

  for (let day = DEMO_ANALYTICS_DAYS; day >= 1; day--) {
    const weekday = new Date(daysAgo(input.anchor, day)).getUTCDay()
    // Slow growth over the period, quieter weekends, campaign pushes on a few days.
    const base = 10 + Math.round(((DEMO_ANALYTICS_DAYS - day) / DEMO_ANALYTICS_DAYS) * 8)
    const count = Math.round(base * (weekday === 0 || weekday === 6 ? 0.7 : 1) * (day % 14 === 3 ? 1.6 : 1)) + random.int(0, 4)
    const planned: PlannedSession[] = []
    for (let index = 0; index < count; index++) {
      const returning = visitors.length > 20 && random.chance(0.25)
      const anonymous_id = returning ? random.pick(visitors) : `anon_${random.uuid()}`
      if (!returning) {
        visitors.push(anonymous_id)
      }
      // Brazilian traffic peaks in the evening (times in UTC: São Paulo is UTC-3).
      const hour = random.weighted([[11, 1], [14, 2], [17, 2], [20, 2], [23, 3], [25, 2]] as const) + random.float(0, 2.9, 3)
      planned.push(planSession(random, { anonymous_id, started_at: daysAgo(input.anchor, day, hour), products: input.products, index: sessions.length + planned.length }))
    }
    // A day's sessions travel as one batch per device (user agent and location are per batch,
    // so the batch's first visit gives the others its city); carts and purchases are marked
    // once their logs exist. Fewer, larger batches keep the seed within a minute.
    const batches = new Map<string, PlannedSession[]>()
    for (const session of planned) {
      const group = batches.get(session.device.user_agent) ?? []
      session.session.city = group[0]?.session.city ?? session.session.city
      batches.set(session.device.user_agent, [...group, session])
    }
    const stored = await mapLimit([...batches.values()], DEMO_CONCURRENCY, (group) => flush(solar360, group))
    events += stored.reduce((sum, batch) => sum + batch.events, 0)
    logs += stored.reduce((sum, batch) => sum + batch.logs, 0)
    await mapLimit(planned.filter((session) => session.cart), DEMO_CONCURRENCY, async ({ cart, purchase }) => {
      await solar360.markCartConversions(cart!)
      if (purchase) {
        // As the order.placed subscriber records a purchase: one event, the logs that led to it marked.
        await solar360.recordOrderConversion(purchase)
        events++
        purchases++
      }
    })
    sessions.push(...planned.map((session) => session.session))
  }

  // As the hourly job would have: the rollups of every day with data.
  await rollUpAnalyticsWorkflow(container).run({ input: {} })
  return { sessions, events, logs, purchases }
}

type PlannedSession = {
  session: DemoSession
  device: { user_agent: string; screen: string }
  events: Item[]
  logs: Item[]
  lastAt: number
  cart: CartConversionInput | null
  purchase: OrderConversionInput | null
}

/** One visit, every random draw made here (no I/O), in a fixed order. */
function planSession(
  random: DemoRandom,
  input: { anonymous_id: string; started_at: Date; products: DemoProductRef[]; index: number }
): PlannedSession {
  const device = random.weighted(DEMO_DEVICES)
  const city = random.pick(DEMO_CITIES)
  const campaign = random.weighted(DEMO_CAMPAIGNS)
  const utm: Record<string, string> | null = campaign ? { ...campaign } : null
  const session_id = `sess_${random.uuid()}`
  let at = input.started_at.getTime()
  const tick = (minSeconds: number, maxSeconds: number) => {
    at += random.int(minSeconds, maxSeconds) * 1000
    return new Date(at)
  }
  const clickIds = utm?.utm_source === "google" ? { gclid: `demo-${random.faker.string.alphanumeric(24)}` } : utm?.utm_source === "facebook" ? { fbclid: `demo-${random.faker.string.alphanumeric(24)}` } : {}
  const common = {
    session_id,
    anonymous_id: input.anonymous_id,
    screen_resolution: device.screen,
    timezone: "America/Sao_Paulo",
    ...(utm ?? {}),
    ...clickIds,
  }
  const events: Item[] = []
  const logs: Item[] = []
  const page = (path: string, title: string, referrer: string | null) => {
    events.push({
      ...common,
      message_id: random.uuid(),
      event_name: "page_view",
      category: "page_view",
      occurred_at: tick(5, 90),
      url: `${STORE_URL}${path}`,
      path,
      title,
      referrer,
      time_on_page: random.int(8, 240),
      scroll_depth: random.int(20, 100),
      page_load_time: random.int(600, 3200),
    })
  }
  const referrer = utm?.utm_source === "google" || !utm ? random.pick(["https://www.google.com/", "https://www.google.com.br/", null]) : utm.utm_source === "facebook" ? "https://l.facebook.com/" : utm.utm_source === "instagram" ? "https://l.instagram.com/" : null
  const [landingPath, landingTitle] = random.pick(PAGES)
  page(landingPath, landingTitle, referrer)
  for (let more = random.weighted([[0, 3], [1, 4], [2, 2], [3, 1]] as const); more > 0; more--) {
    const [path, title] = random.pick(PAGES)
    page(path, title, `${STORE_URL}${landingPath}`)
  }

  const session: DemoSession = { session_id, anonymous_id: input.anonymous_id, started_at: input.started_at, city, utm, viewed_product_ids: [], reached: "visit" }
  // A believable funnel: about 55% view a product, 18% of those add to cart, and so on.
  if (random.chance(0.3)) {
    const term = random.pick(DEMO_SEARCHES)
    const results = random.weighted([[0, 1], [random.int(2, 12), 6]] as const)
    logs.push({ ...logCommon(common), message_id: random.uuid(), action_type: "search", occurred_at: tick(5, 40), search_term: term, search_results_count: results, view_context: "search", page_url: `${STORE_URL}/busca?q=${encodeURIComponent(term)}` })
  }
  if (random.chance(0.55)) {
    session.reached = "product"
    const viewed = random.faker.helpers.arrayElements(input.products, random.weighted([[1, 5], [2, 3], [3, 2], [4, 1]] as const))
    let previous: string | null = null
    for (const product of viewed) {
      const occurred_at = tick(10, 120)
      const path = `/produtos/${product.handle}`
      events.push({ ...common, message_id: random.uuid(), event_name: "page_view", category: "page_view", occurred_at, url: `${STORE_URL}${path}`, path, title: product.title, time_on_page: random.int(15, 300), scroll_depth: random.int(30, 100) })
      events.push({ ...common, message_id: random.uuid(), event_name: "product_view", category: "ecommerce", occurred_at, path, product_id: product.id, product_sku: product.sku, product_name: product.title, product_price: product.price_brl, currency_code: "brl" })
      logs.push({
        ...logCommon(common),
        ...productFields(product),
        message_id: random.uuid(),
        action_type: "product_view",
        occurred_at,
        view_context: previous ? random.pick(["related", "recommendation"] as const) : random.pick(["listing", "detail", "search"] as const),
        time_spent_seconds: random.int(15, 300),
        scroll_depth_percentage: random.int(30, 100),
        clicked_image: random.chance(0.6),
        downloaded_datasheet: random.chance(0.15),
        page_url: `${STORE_URL}${path}`,
        referrer_type: utm ? "campaign" : referrer ? "search_engine" : "direct",
        previous_product_id: previous,
      })
      previous = product.id
      session.viewed_product_ids.push(product.id)
    }
    if (random.chance(0.22)) {
      session.reached = "cart"
      const product = input.products.find((candidate) => candidate.id === session.viewed_product_ids[session.viewed_product_ids.length - 1])!
      const cart_id = `cart_demo_${String(input.index).padStart(5, "0")}`
      const cartAt = tick(20, 200)
      events.push({ ...common, message_id: random.uuid(), event_name: "add_to_cart", category: "ecommerce", occurred_at: cartAt, cart_id, product_id: product.id, product_sku: product.sku, product_name: product.title, product_price: product.price_brl, value: product.price_brl, currency_code: "brl" })
      logs.push({ ...logCommon(common), ...productFields(product), message_id: random.uuid(), action_type: "add_to_cart", occurred_at: cartAt, cart_id, view_context: "detail", clicked_add_to_cart: true, quantity_viewed: 1 })
      let checkout = false
      if (random.chance(0.55)) {
        checkout = true
        session.reached = "checkout"
        events.push({ ...common, message_id: random.uuid(), event_name: "checkout", category: "ecommerce", occurred_at: tick(30, 400), cart_id, value: product.price_brl, currency_code: "brl", path: "/checkout", url: `${STORE_URL}/checkout` })
      }
      const cart = { cart_id, product_ids: [product.id], at: cartAt }
      let purchase: OrderConversionInput | null = null
      if (checkout && random.chance(0.6)) {
        session.reached = "purchase"
        purchase = {
          order_id: `order_demo_${String(input.index).padStart(5, "0")}`,
          cart_id,
          placed_at: tick(60, 600),
          currency_code: "brl",
          total: product.price_brl,
          items: [{ product_id: product.id, sku: product.sku, title: product.title, quantity: 1, total: product.price_brl }],
        }
      }
      return { session, device, events, logs, lastAt: at, cart, purchase }
    }
  }
  return { session, device, events, logs, lastAt: at, cart: null, purchase: null }
}

/** The batches of sessions sharing a device and city; the rows stored. */
async function flush(solar360: Solar360ModuleService, group: PlannedSession[]) {
  const city = group[0].session.city
  const events = group.flatMap((session) => session.events)
  const logs = group.flatMap((session) => session.logs)
  const batch = {
    received_at: new Date(Math.max(...group.map((session) => session.lastAt)) + 1500),
    user_agent: group[0].device.user_agent,
    geo: { country: "BR", region: city.state, city: city.city, timezone: "America/Sao_Paulo" },
  }
  const storedEvents = events.length ? (await solar360.ingestEvents({ ...batch, events: events as any })).inserted_ids.length : 0
  const storedLogs = logs.length ? (await solar360.ingestCatalogAccessLogs({ ...batch, events: logs as any })).inserted_ids.length : 0
  return { events: storedEvents, logs: storedLogs }
}

function logCommon(common: Record<string, unknown>) {
  return { session_id: common.session_id, anonymous_id: common.anonymous_id }
}

function productFields(product: DemoProductRef) {
  return {
    product_id: product.id,
    sku: product.sku,
    product_name: product.title,
    category: product.category,
    brand: product.brand,
    price_brl: product.price_brl,
    availability: "in_stock",
  }
}
