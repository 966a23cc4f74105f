import { randomUUID } from "crypto"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SOLAR360_MODULE } from "../../../src/modules/solar360"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { eventually } from "../../helpers/eventually"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

const KIT = "prod_01JKIT5KWP0000000000000000"
const INVERTER = "prod_01JINVERTER00000000000000"
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000)

export function analyticsConversionsSuite({ getContainer }: MedusaSuiteOptions): void {
  let solar360: Solar360ModuleService

  beforeEach(() => {
    solar360 = getContainer().resolve(SOLAR360_MODULE)
  })

  // The same write path as the store routes, with controlled times.
  const view = (product_id: string, occurred_at: Date, context: Record<string, unknown>) => ({
    message_id: randomUUID(),
    action_type: "product_view",
    product_id,
    occurred_at,
    ...context,
  })
  const ingestLogs = (logs: any[], customer_id: string | null = null) =>
    solar360.ingestCatalogAccessLogs({ events: logs, received_at: new Date(), customer_id })
  const logByMessage = async (message_id: string) =>
    (await solar360.listCatalogAccessLogs({ message_id }))[0]

  const emit = (name: string, id: string) =>
    getContainer().resolve(Modules.EVENT_BUS).emit({ name, data: { id } })

  async function createCart(customer_id: string | null, productIds: string[]) {
    return getContainer()
      .resolve(Modules.CART)
      .createCarts({
        currency_code: "brl",
        customer_id: customer_id ?? undefined,
        items: productIds.map((product_id) => ({
          title: product_id,
          product_id,
          quantity: 1,
          unit_price: 15990,
        })),
      })
  }

  async function placeOrder(
    cart_id: string | null,
    customer_id: string | null,
    items: Array<{ product_id: string; unit_price: number; quantity: number }>
  ) {
    const order = (await getContainer()
      .resolve(Modules.ORDER)
      .createOrders({
        currency_code: "brl",
        email: "comprador@example.com",
        customer_id: customer_id ?? undefined,
        items: items.map((item) => ({ title: item.product_id, ...item })),
      } as any)) as unknown as { id: string }
    if (cart_id) {
      await getContainer()
        .resolve(ContainerRegistrationKeys.LINK)
        .create({ [Modules.ORDER]: { order_id: order.id }, [Modules.CART]: { cart_id } })
    }
    return order
  }

  describe("Analytics Module provider", () => {
    it("stores analytics.track() and identify() as event rows, once per message_id", async () => {
      const analytics = getContainer().resolve(Modules.ANALYTICS)
      const tracked = {
        event: "financing_simulated",
        actor_id: "cus_01JTRACKED0000000000000000",
        properties: { message_id: "sim:123", value: 32000, currency_code: "BRL", months: 60 },
      }
      await analytics.track(tracked)
      await analytics.track(tracked) // a retried workflow step
      await analytics.identify({ actor_id: "cus_01JTRACKED0000000000000000", properties: { plan: "b2b" } })

      const [event] = await solar360.listEvents({ message_id: "sim:123" })
      expect(event).toMatchObject({
        event_name: "financing_simulated",
        category: "ecommerce",
        customer_id: "cus_01JTRACKED0000000000000000",
        currency_code: "brl",
        properties: { months: 60 },
        ip_hash: null,
        is_bot: false,
      })
      expect(Number(event.value)).toBe(32000)
      expect(await solar360.listEvents({ event_name: "financing_simulated" })).toHaveLength(1)
      const [identify] = await solar360.listEvents({ event_name: "identify" })
      expect(identify).toMatchObject({ category: "engagement", properties: { plan: "b2b" } })
    })
  })

  describe("cart events mark led_to_cart", () => {
    it("marks the cart's session's and customer's logs of the cart's products, in the window, once", async () => {
      const customer_id = "cus_01JBUYER000000000000000000"
      const cart = await createCart(null, [KIT])
      const inSession = view(KIT, minutesAgo(30), { session_id: "sess_A" })
      const otherProduct = view(INVERTER, minutesAgo(25), { session_id: "sess_A" })
      const otherVisitor = view(KIT, minutesAgo(20), { session_id: "sess_B" })
      const tooOld = view(KIT, minutesAgo(31 * 24 * 60), { session_id: "sess_A" })
      await ingestLogs([inSession, otherProduct, otherVisitor, tooOld])
      // The storefront's add_to_cart event ties the anonymous session to the cart.
      await solar360.ingestEvents({
        events: [
          {
            message_id: randomUUID(),
            event_name: "add_to_cart",
            category: "ecommerce",
            occurred_at: minutesAgo(10),
            session_id: "sess_A",
            cart_id: cart.id,
            product_id: KIT,
          },
        ],
        received_at: new Date(),
      })
      // A logged-in view by another customer of the same product is not this cart's.
      const someoneElse = view(KIT, minutesAgo(15), { session_id: "sess_C" })
      await ingestLogs([someoneElse], customer_id)

      await emit("cart.updated", cart.id)

      await eventually(async () => {
        expect(await logByMessage(inSession.message_id)).toMatchObject({
          led_to_cart: true,
          cart_id: cart.id,
        })
      })
      for (const untouched of [otherProduct, otherVisitor, tooOld, someoneElse]) {
        expect((await logByMessage(untouched.message_id)).led_to_cart).toBe(false)
      }

      const { updated_at } = await logByMessage(inSession.message_id)
      await emit("cart.updated", cart.id)
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect((await logByMessage(inSession.message_id)).updated_at).toEqual(updated_at)
    })
  })

  describe("order.placed records the purchase", () => {
    it("writes one purchase event in the cart's session and attributes the logs that led to it", async () => {
      const customer_id = "cus_01JBUYER000000000000000001"
      const cart = await createCart(customer_id, [KIT, INVERTER])
      const anonymousView = view(KIT, minutesAgo(120), { session_id: "sess_X", anonymous_id: "anon_X" })
      const loggedInView = view(INVERTER, minutesAgo(60), { session_id: "sess_Y" })
      const notBought = view("prod_01JNOTBOUGHT0000000000000", minutesAgo(50), { session_id: "sess_X" })
      const tooOld = view(KIT, minutesAgo(40 * 24 * 60), { session_id: "sess_X" })
      await ingestLogs([anonymousView, notBought, tooOld])
      await ingestLogs([loggedInView], customer_id)
      await solar360.ingestEvents({
        events: [
          {
            message_id: randomUUID(),
            event_name: "checkout",
            category: "ecommerce",
            occurred_at: minutesAgo(5),
            session_id: "sess_X",
            anonymous_id: "anon_X",
            cart_id: cart.id,
          },
        ],
        received_at: new Date(),
      })

      const order = await placeOrder(cart.id, customer_id, [
        { product_id: KIT, unit_price: 15990, quantity: 1 },
        { product_id: INVERTER, unit_price: 4200, quantity: 2 },
      ])
      await emit("order.placed", order.id)

      let purchase: any
      await eventually(async () => {
        ;[purchase] = await solar360.listEvents({ order_id: order.id, event_name: "purchase" })
        expect(purchase).toBeDefined()
      })
      expect(purchase).toMatchObject({
        message_id: `order.placed:${order.id}`,
        category: "ecommerce",
        cart_id: cart.id,
        customer_id,
        session_id: "sess_X",
        anonymous_id: "anon_X",
        currency_code: "brl",
        is_bot: false,
        ip_hash: null,
      })
      expect(Number(purchase.order_value)).toBe(15990 + 2 * 4200)
      expect(purchase.order_data.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ product_id: KIT, quantity: 1, total: 15990 }),
          expect.objectContaining({ product_id: INVERTER, quantity: 2, total: 8400 }),
        ])
      )

      await eventually(async () => {
        expect((await logByMessage(anonymousView.message_id)).led_to_purchase).toBe(true)
      })
      const kitLog = await logByMessage(anonymousView.message_id)
      expect(kitLog.order_id).toBe(order.id)
      expect(Number(kitLog.conversion_value_brl)).toBe(15990)
      expect(kitLog.time_to_conversion_minutes).toBeGreaterThanOrEqual(119)
      expect(kitLog.time_to_conversion_minutes).toBeLessThanOrEqual(121)
      const inverterLog = await logByMessage(loggedInView.message_id)
      expect(inverterLog).toMatchObject({ led_to_purchase: true, order_id: order.id })
      expect(Number(inverterLog.conversion_value_brl)).toBe(8400)
      for (const untouched of [notBought, tooOld]) {
        expect(await logByMessage(untouched.message_id)).toMatchObject({
          led_to_purchase: false,
          order_id: null,
        })
      }

      // Redelivery: still one purchase event, the attributed logs unchanged.
      await emit("order.placed", order.id)
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(await solar360.listEvents({ order_id: order.id, event_name: "purchase" })).toHaveLength(1)
      expect((await logByMessage(anonymousView.message_id)).updated_at).toEqual(kitLog.updated_at)
    })

    it("records an order without a cart or customer as a purchase and attributes nothing", async () => {
      const stray = view(KIT, minutesAgo(10), { session_id: "sess_Z" })
      await ingestLogs([stray])
      const order = await placeOrder(null, null, [{ product_id: KIT, unit_price: 100, quantity: 1 }])
      await emit("order.placed", order.id)
      await eventually(async () => {
        const events = await solar360.listEvents({ order_id: order.id })
        expect(events).toHaveLength(1)
        expect(events[0]).toMatchObject({ session_id: null, customer_id: null })
      })
      expect((await logByMessage(stray.message_id)).led_to_purchase).toBe(false)
    })
  })
}
