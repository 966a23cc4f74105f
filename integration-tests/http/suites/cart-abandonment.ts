import { randomUUID } from "crypto"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { addDays, dayInTimeZone, startOfDayInTimeZone } from "../../../src/lib/analytics/reports"
import {
  AdminAbandonedCartListResponse,
  AdminCartAbandonmentResponse,
} from "../../../src/api/admin/solar360/analytics/carts/responses"
import { responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"

const KIT = "prod_01JKIT5KWP0000000000000000"
const INVERTER = "prod_01JINVERTER00000000000000"
const HOUR = 3_600_000

// Cart abandonment (issue 16) over a hand-counted fixture of Medusa carts, made with the cart
// module and then dated in the past (the ORM stamps created_at/updated_at with the wall clock).
// D1 and D2 are calendar days in São Paulo (the test config's reportTimezone), 3 and 2 days ago;
// the window is the default 24 h.
//
//   A1  D1 12:00  KIT 15990 + 2 × INVERTER 4500 = 24990   abandoned (events: google/cpc, checkout)
//   A2  D1 23:30  (02:30 UTC on D2) KIT 15990            abandoned, the most recently active
//   C1  D1 12:00  INVERTER 4500, completed an hour later  completed
//   R1  D2 10:00  KIT 15990, completed 30 h later        completed and recovered
//   X1  D2 10:00  INVERTER 4500, item updated 1 h ago    active (within the window)
//   E1  D2 10:00  no items                               not counted
//   U1  D2 10:00  USD, KIT 300                           another currency: not counted
//   O1  D1 - 1    KIT 15990                              before the range: not counted
export function cartAbandonmentSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let admin: RequestHeaders
  let solar360: Solar360ModuleService
  let D1: string
  let D2: string
  const ids: Record<string, string> = {}

  const get = async (url: string, headers: RequestHeaders = admin) => responseOf(api.get(url, headers))

  async function cart(
    name: string,
    input: {
      created: Date
      itemsAt?: Date
      completed?: Date
      currency_code?: string
      email?: string
      items?: Array<{ product_id: string; unit_price: number; quantity: number }>
    }
  ) {
    const created = await getContainer()
      .resolve(Modules.CART)
      .createCarts({
        currency_code: input.currency_code ?? "brl",
        email: input.email,
        items: (input.items ?? []).map((item) => ({ title: item.product_id, ...item })),
      })
    const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const last = input.completed ?? input.created
    await pg("cart").where({ id: created.id }).update({ created_at: input.created, updated_at: last, completed_at: input.completed ?? null })
    await pg("cart_line_item")
      .where({ cart_id: created.id })
      .update({ created_at: input.created, updated_at: input.itemsAt ?? input.created })
    ids[name] = created.id
  }

  beforeEach(async () => {
    ;({ admin, solar360 } = await createHttpContext(api, getContainer(), { admin: true }))
    const tz = solar360.options.reportTimezone
    const today = dayInTimeZone(new Date(), tz)
    D1 = addDays(today, -3)
    D2 = addDays(today, -2)
    const at = (day: string, hours: number) => new Date(startOfDayInTimeZone(day, tz).getTime() + hours * HOUR)
    const kit = (quantity = 1) => ({ product_id: KIT, unit_price: 15990, quantity })
    const inverter = (quantity = 1) => ({ product_id: INVERTER, unit_price: 4500, quantity })

    await cart("A1", { created: at(D1, 12), email: "a1@example.com", items: [kit(), inverter(2)] })
    await cart("A2", { created: at(D1, 23.5), items: [kit()] })
    await cart("C1", { created: at(D1, 12), completed: at(D1, 13), items: [inverter()] })
    await cart("R1", { created: at(D2, 10), completed: at(D2, 40), items: [kit()] })
    await cart("X1", { created: at(D2, 10), itemsAt: new Date(Date.now() - HOUR), items: [inverter()] })
    await cart("E1", { created: at(D2, 10) })
    await cart("U1", { created: at(D2, 10), currency_code: "usd", items: [{ product_id: KIT, unit_price: 300, quantity: 1 }] })
    await cart("O1", { created: at(addDays(D1, -1), 12), items: [kit()] })

    // The storefront's events that carried A1's id: the campaign touch, then the checkout.
    const event = (event_name: string, occurred_at: Date, extra: Record<string, unknown> = {}) => ({
      message_id: randomUUID(),
      event_name,
      category: "ecommerce",
      occurred_at,
      session_id: "sess_cart_A1",
      cart_id: ids.A1,
      ...extra,
    })
    await solar360.ingestEvents({
      events: [
        event("checkout", at(D1, 12.5)),
        event("add_to_cart", at(D1, 12), { product_id: KIT, utm_source: "google", utm_medium: "cpc", utm_campaign: "verao" }),
      ],
      received_at: new Date(),
    })
  })

  describe("GET /admin/solar360/analytics/cart-abandonment", () => {
    it("counts carts with items, completed, recovered and abandoned carts, the rate, the value and each day", async () => {
      const response = await get(`/admin/solar360/analytics/cart-abandonment?from=${D1}&to=${D2}`)
      expect(response.status).toBe(200)
      const body = response.data
      // The wire answer is what the documented schema (docs/openapi.json) says.
      expect(AdminCartAbandonmentResponse.safeParse(body).error).toBeUndefined()
      expect(body).toMatchObject({ range: { from: D1, to: D2, days: 2 }, currency_code: "brl", window_hours: 24 })
      expect(body.totals).toEqual({
        carts_with_items: 5, // A1 A2 C1 R1 X1
        active: 1, // X1
        completed: 2, // C1 R1
        recovered: 1, // R1
        abandoned: 2, // A1 A2
        abandonment_rate: 0.5, // 2 / (2 + 2)
        recovery_rate: 0.3333, // 1 / (2 + 1)
        abandoned_value: 40980, // 24990 + 15990
        completed_value: 20490, // 4500 + 15990
      })
      expect(body.days).toEqual([
        { day: D1, carts_with_items: 3, completed: 1, abandoned: 2, abandoned_value: 40980 },
        { day: D2, carts_with_items: 2, completed: 1, abandoned: 0, abandoned_value: 0 },
      ])
      expect(body.top_products).toEqual([
        { product_id: KIT, title: KIT, carts: 2, quantity: 2, value: 31980 },
        { product_id: INVERTER, title: INVERTER, carts: 1, quantity: 2, value: 9000 },
      ])

      // One day, another currency, a shorter top list.
      const d2 = (await get(`/admin/solar360/analytics/cart-abandonment?from=${D2}&to=${D2}`)).data
      expect(d2.totals).toMatchObject({ carts_with_items: 2, abandoned: 0, completed: 1, abandonment_rate: 0 })
      const usd = (await get(`/admin/solar360/analytics/cart-abandonment?from=${D1}&to=${D2}&currency_code=USD`)).data
      expect(usd).toMatchObject({ currency_code: "usd", totals: { carts_with_items: 1, abandoned: 1, abandoned_value: 300 } })
      const top1 = (await get(`/admin/solar360/analytics/cart-abandonment?from=${D1}&to=${D2}&limit=1`)).data
      expect(top1.top_products.map((p: any) => p.product_id)).toEqual([KIT])
    })

    it("refuses bad input with a 400 and a clear message", async () => {
      const cases: Array<[string, RegExp]> = [
        [`from=${D2}&to=${D1}`, /after/],
        [`from=2026-01-01&to=2026-06-30`, /at most 92/],
        [`from=2026-02-30`, /calendar day/],
        [`currency_code=reais`, /currency/],
        [`limit=101`, /limit/],
        [`unknown=1`, /unknown/i],
      ]
      for (const [query, message] of cases) {
        const response = await get(`/admin/solar360/analytics/cart-abandonment?${query}`)
        expect([query, response.status]).toEqual([query, 400])
        expect(JSON.stringify(response.data)).toMatch(message)
      }
    })

    it("needs an admin", async () => {
      expect((await get(`/admin/solar360/analytics/cart-abandonment`, { headers: {} })).status).toBe(401)
    })
  })

  describe("GET /admin/solar360/analytics/abandoned-carts", () => {
    it("lists the abandoned carts, the most recently active first, with what the events say", async () => {
      const response = await get(`/admin/solar360/analytics/abandoned-carts?from=${D1}&to=${D2}`)
      expect(response.status).toBe(200)
      expect(AdminAbandonedCartListResponse.safeParse(response.data).error).toBeUndefined()
      expect(response.data).toMatchObject({ count: 2, offset: 0, limit: 20, window_hours: 24, currency_code: "brl" })
      expect(response.data.carts.map((c: any) => c.id)).toEqual([ids.A2, ids.A1])
      const a1 = response.data.carts[1]
      expect(a1).toMatchObject({
        email: "a1@example.com",
        currency_code: "brl",
        items_count: 2,
        quantity: 3,
        value: 24990,
        channel: "paid_search",
        session_id: "sess_cart_A1",
        utm_source: "google",
        utm_medium: "cpc",
        utm_campaign: "verao",
        last_step: "checkout",
      })
      expect(a1.last_activity_at).toBe(a1.created_at)
      expect(response.data.carts[0]).toMatchObject({ email: null, value: 15990, channel: null, last_step: null })

      const page = (await get(`/admin/solar360/analytics/abandoned-carts?from=${D1}&to=${D2}&limit=1&offset=1`)).data
      expect(page).toMatchObject({ count: 2, offset: 1, limit: 1 })
      expect(page.carts.map((c: any) => c.id)).toEqual([ids.A1])
    })

    it("refuses bad input with a 400 and needs an admin", async () => {
      for (const query of [`limit=101`, `limit=0`, `offset=-1`, `from=${D2}&to=${D1}`, `currency_code=1`, `order=id`]) {
        const response = await get(`/admin/solar360/analytics/abandoned-carts?${query}`)
        expect([query, response.status]).toEqual([query, 400])
      }
      expect((await get(`/admin/solar360/analytics/abandoned-carts`, { headers: {} })).status).toBe(401)
    })
  })
}
