import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { linkLeadsToCustomerWorkflow } from "../workflows/leads"

export default async function customerCreatedLinkLeads({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await linkLeadsToCustomerWorkflow(container).run({ input: { customer_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "customer.created" }
