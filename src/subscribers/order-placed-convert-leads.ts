import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { convertLeadsFromOrderWorkflow } from "../workflows/leads"

export default async function orderPlacedConvertLeads({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await convertLeadsFromOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
