// Medusa carts for the demo's cart abandonment report (issue 16): the storefront sessions of the
// last 30 days that put a product in the cart get a real cart, made with Medusa's
// createCartWorkflow (prices from the catalog's BRL price sets). Sessions that bought have
// their cart completed; of the others, about one in five comes back one to five days later and
// completes it (a recovered cart), and the rest are left as the visitor left them: abandoned.
// Their analytics events and catalog logs, written with a placeholder cart id by the analytics
// seed, are then given the real one, so the list shows each cart's campaign and last step.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../src/modules/solar360"
import type { DemoSession } from "./analytics"
import { DEMO_CONCURRENCY, mapLimit } from "./concurrency"
import type { DemoCustomer, DemoProductRef } from "./core"
import { daysAgo, type DemoRandom } from "./random"

/** The most recent cart sessions given a Medusa cart (about the last 30 days' worth). */
export const DEMO_CARTS = 48
const CART_DAYS = 30

/** The analytics seed's placeholder id of the cart of the session at `index`. */
const placeholderCartId = (index: number) => `cart_demo_${String(index).padStart(5, "0")}`

export async function seedCarts(
  container: MedusaContainer,
  random: DemoRandom,
  input: {
    anchor: Date
    region_id: string
    sales_channel_id: string
    customers: DemoCustomer[]
    products: DemoProductRef[]
    sessions: DemoSession[]
  }
): Promise<{ carts: number; completed: number }> {
  const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
  const since = daysAgo(input.anchor, CART_DAYS)
  const chosen = input.sessions
    .map((session, index) => ({ session, placeholder: placeholderCartId(index) }))
    .filter(({ session }) => session.reached !== "visit" && session.reached !== "product" && session.started_at >= since)
    .slice(-DEMO_CARTS)
  if (!chosen.length) {
    return { carts: 0, completed: 0 }
  }
  const events = await solar360.listEvents(
    { cart_id: chosen.map((cart) => cart.placeholder), event_name: ["add_to_cart", "checkout", "purchase"] },
    { select: ["cart_id", "event_name", "product_id", "occurred_at"], order: { occurred_at: "ASC" }, take: 10 * chosen.length }
  )
  const accessories = input.products.filter((product) => product.category !== "kit")
  const accessoryOf = (variantId: string) => accessories.find((product) => product.variant_id === variantId)!.id

  // Every random draw first, in order; the carts are then written eight at a time.
  const planned = chosen.flatMap(({ session, placeholder }) => {
    const own = events.filter((event) => event.cart_id === placeholder)
    const added = own.find((event) => event.event_name === "add_to_cart")
    const product = input.products.find((candidate) => candidate.id === added?.product_id)
    if (!added || !product) {
      return []
    }
    const purchased = own.find((event) => event.event_name === "purchase")
    const lastStep = [...own].reverse().find((event) => event.event_name !== "purchase") ?? added
    // About half of the carts belong to a signed-in customer (e-mail known), the rest to guests.
    const customer = random.chance(0.5) ? random.pick(input.customers) : null
    const items = [{ variant_id: product.variant_id, quantity: 1 }]
    if (random.chance(0.35)) {
      items.push({ variant_id: random.pick(accessories).variant_id, quantity: random.int(1, 3) })
    }
    const updated_at = new Date(lastStep.occurred_at as Date)
    const comeback = random.chance(0.2) ? new Date(updated_at.getTime() + random.int(26, 120) * 3_600_000) : null
    const completed_at = purchased ? new Date(purchased.occurred_at as Date) : comeback && comeback < input.anchor ? comeback : null
    return [
      {
        session,
        placeholder,
        customer,
        items,
        products: [product.id, ...(items.length > 1 ? [accessoryOf(items[1].variant_id)] : [])],
        created_at: new Date(added.occurred_at as Date),
        updated_at,
        completed_at,
      },
    ]
  })

  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const carts = container.resolve(Modules.CART)
  await mapLimit(planned, DEMO_CONCURRENCY, async (cart) => {
    const { result } = await createCartWorkflow(container).run({
      input: {
        region_id: input.region_id,
        sales_channel_id: input.sales_channel_id,
        currency_code: "brl",
        customer_id: cart.customer?.id,
        email: cart.customer?.email,
        items: cart.items,
        metadata: { solar360_demo: true },
      },
    })
    if (cart.completed_at) {
      await carts.updateCarts(result.id, { completed_at: cart.completed_at })
    }
    // Medusa stamps created_at/updated_at with the wall clock and no workflow takes a date: the
    // demo's history gets its dates here (a seed script's fixture, bound values; the plugin
    // itself never writes core tables).
    await pg("cart")
      .where({ id: result.id })
      .update({ created_at: cart.created_at, updated_at: cart.completed_at ?? cart.updated_at })
    await pg("cart_line_item")
      .where({ cart_id: result.id })
      .update({ created_at: cart.created_at, updated_at: cart.created_at })
    await solar360.updateEvents({ selector: { cart_id: cart.placeholder }, data: { cart_id: result.id } })
    await solar360.updateCatalogAccessLogs({ selector: { cart_id: cart.placeholder }, data: { cart_id: result.id } })
    // What the cart.created subscriber does in a live store, once the session is the cart's and
    // the dates are set (the subscriber's own run may come before either): the same marks
    // whatever the timing.
    await solar360.markCartConversions({
      cart_id: result.id,
      customer_id: cart.customer?.id ?? null,
      product_ids: cart.products,
      at: cart.completed_at ?? cart.updated_at,
    })
  })
  return { carts: planned.length, completed: planned.filter((cart) => cart.completed_at).length }
}
