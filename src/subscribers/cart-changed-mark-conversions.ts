import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { markCartConversionsWorkflow } from "../workflows/analytics"

export default async function cartChangedMarkConversions({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await markCartConversionsWorkflow(container).run({ input: { cart_id: event.data.id } })
}

// Medusa emits these when a cart is created with items and whenever its lines change.
export const config: SubscriberConfig = { event: ["cart.created", "cart.updated"] }
