import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { attributeOrderToHelioConversationsWorkflow } from "../workflows/helio"

export default async function orderPlacedAttributeHelio({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await attributeOrderToHelioConversationsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
