import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordOrderConversionWorkflow } from "../workflows/analytics"

export default async function orderPlacedRecordConversion({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await recordOrderConversionWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
