import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { linkCalculatorsToOrderWorkflow } from "../workflows/calculators"

export default async function orderPlacedLinkCalculators({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await linkCalculatorsToOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
