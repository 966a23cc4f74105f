import {
  abandonedCarts,
  cartJourneys,
  cartState,
  cartValue,
  isRecovered,
  lastActivity,
  summarizeCartAbandonment,
  type CartSnapshot,
} from "../cart-abandonment"

const SP = "America/Sao_Paulo"
const NOW = new Date("2026-03-10T15:00:00Z")
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000)
const item = (product_id: string, unit_price: number, quantity: number, at?: Date) => ({
  product_id,
  title: product_id.toUpperCase(),
  unit_price,
  quantity,
  created_at: at ?? null,
  updated_at: at ?? null,
})
const cart = (id: string, over: Partial<CartSnapshot>): CartSnapshot => ({
  id,
  created_at: hoursAgo(100),
  updated_at: hoursAgo(100),
  completed_at: null,
  items: [],
  ...over,
})

describe("cart states", () => {
  it("sums unit_price × quantity to the cent and ignores zero-quantity lines", () => {
    const c = cart("c", { items: [item("kit", 15990.1, 2), item("cable", 0.1, 3), item("gone", 99, 0)] })
    expect(cartValue(c)).toBe(31980.5)
  })

  it("uses the latest of the cart's and its items' times as the last activity", () => {
    const c = cart("c", { updated_at: hoursAgo(50), items: [item("kit", 1, 1, hoursAgo(10))] })
    expect(lastActivity(c)).toEqual(hoursAgo(10))
    expect(cartState(c, NOW, 24)).toBe("active")
    expect(cartState(c, NOW, 10)).toBe("abandoned") // exactly the window counts
    expect(cartState(c, NOW, 11)).toBe("active")
  })

  it("empty carts are empty even when old; completed carts are completed whatever their age", () => {
    expect(cartState(cart("e", {}), NOW, 24)).toBe("empty")
    expect(cartState(cart("done", { completed_at: hoursAgo(1), items: [item("kit", 1, 1)] }), NOW, 24)).toBe("completed")
  })

  it("a cart completed after its items sat idle for the window is recovered", () => {
    const items = [item("kit", 1, 1, hoursAgo(60))]
    expect(isRecovered(cart("r", { completed_at: hoursAgo(30), updated_at: hoursAgo(30), items }), 24)).toBe(true)
    expect(isRecovered(cart("q", { completed_at: hoursAgo(40), updated_at: hoursAgo(40), items }), 24)).toBe(false)
    expect(isRecovered(cart("open", { items }), 24)).toBe(false)
  })
})

describe("summarizeCartAbandonment", () => {
  // Created 2026-03-08 and 2026-03-09 in São Paulo (UTC-3); window 24 h.
  const carts: CartSnapshot[] = [
    // 03-08: abandoned (R$ 200 + 2 × 50 = 300), abandoned (kit 200), completed, empty
    cart("a1", { created_at: "2026-03-08T13:00:00Z", updated_at: hoursAgo(48), items: [item("kit", 200, 1), item("cable", 50, 2)] }),
    cart("a2", { created_at: "2026-03-08T20:00:00Z", updated_at: hoursAgo(30), items: [item("kit", 200, 1)] }),
    cart("c1", { created_at: "2026-03-08T14:00:00Z", completed_at: hoursAgo(5), items: [item("kit", 200, 1, hoursAgo(40))] }),
    cart("e1", { created_at: "2026-03-08T15:00:00Z" }),
    // 03-09 (02:30 UTC on 03-10 is still 03-09 in São Paulo): active, completed quickly
    cart("x1", { created_at: "2026-03-10T02:30:00Z", updated_at: hoursAgo(2), items: [item("inverter", 900, 1)] }),
    cart("c2", { created_at: "2026-03-09T12:00:00Z", completed_at: hoursAgo(20), items: [item("inverter", 900, 1, hoursAgo(21))] }),
    // Outside the range (a day before): no day row, still counted in totals by the caller's choice
  ]

  it("counts, rates, values, the daily series and the top products by hand", () => {
    const summary = summarizeCartAbandonment(carts, { now: NOW, windowHours: 24, timeZone: SP, from: "2026-03-08", to: "2026-03-10", topLimit: 5 })
    expect(summary.totals).toEqual({
      carts_with_items: 5,
      active: 1,
      completed: 2,
      recovered: 1, // c1: items idle 35 h before completion
      abandoned: 2,
      abandonment_rate: 0.5, // 2 / (2 + 2)
      recovery_rate: 0.3333, // 1 / (2 + 1)
      abandoned_value: 500,
      completed_value: 1100,
    })
    expect(summary.days).toEqual([
      { day: "2026-03-08", carts_with_items: 3, completed: 1, abandoned: 2, abandoned_value: 500 },
      { day: "2026-03-09", carts_with_items: 2, completed: 1, abandoned: 0, abandoned_value: 0 },
      { day: "2026-03-10", carts_with_items: 0, completed: 0, abandoned: 0, abandoned_value: 0 },
    ])
    expect(summary.top_products).toEqual([
      { product_id: "kit", title: "KIT", carts: 2, quantity: 2, value: 400 },
      { product_id: "cable", title: "CABLE", carts: 1, quantity: 2, value: 100 },
    ])
  })

  it("caps the top products and answers zeros (not NaN) with no carts", () => {
    const summary = summarizeCartAbandonment(carts, { now: NOW, windowHours: 24, timeZone: SP, from: "2026-03-08", to: "2026-03-08", topLimit: 1 })
    expect(summary.top_products.map((p) => p.product_id)).toEqual(["kit"])
    const none = summarizeCartAbandonment([], { now: NOW, windowHours: 24, timeZone: SP, from: "2026-03-08", to: "2026-03-08", topLimit: 5 })
    expect(none.totals.abandonment_rate).toBe(0)
    expect(none.totals.recovery_rate).toBe(0)
  })

  it("lists the abandoned carts, the most recently active first", () => {
    expect(abandonedCarts(carts, NOW, 24).map((c) => c.id)).toEqual(["a2", "a1"])
    expect(abandonedCarts(carts, NOW, 1).map((c) => c.id)).toEqual(["x1", "a2", "a1"])
  })
})

describe("cartJourneys", () => {
  it("takes the session and the first campaign touch, and the last event as the step", () => {
    const journeys = cartJourneys([
      { cart_id: "a", event_name: "checkout", occurred_at: "2026-03-08T14:00:00Z", session_id: "s1" },
      { cart_id: "a", event_name: "add_to_cart", occurred_at: "2026-03-08T13:00:00Z", session_id: "s1", utm_source: "google", utm_medium: "cpc", utm_campaign: "verao" },
      { cart_id: "b", event_name: "add_to_cart", occurred_at: "2026-03-08T13:00:00Z", referrer: "https://loja.example/kits", url: "https://loja.example/kit" },
      { cart_id: "c", event_name: "add_to_cart", occurred_at: "2026-03-08T13:00:00Z", referrer: "https://www.instagram.com/", url: "https://loja.example/kit" },
      { cart_id: null, event_name: "page_view", occurred_at: "2026-03-08T13:00:00Z" },
    ])
    expect([...journeys.keys()].sort()).toEqual(["a", "b", "c"])
    expect(journeys.get("a")).toEqual({
      channel: "paid_search",
      session_id: "s1",
      utm_source: "google",
      utm_medium: "cpc",
      utm_campaign: "verao",
      referrer: null,
      last_step: "checkout",
      last_step_at: new Date("2026-03-08T14:00:00Z"),
    })
    expect(journeys.get("b")?.channel).toBe("direct") // a self-referral
    expect(journeys.get("c")?.channel).toBe("social")
  })
})
