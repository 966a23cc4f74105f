import { MedusaContainer } from "@medusajs/framework/types"
import { runScheduledJob } from "../modules/solar360"
import { abandonInactiveHelioConversationsWorkflow } from "../workflows/helio"

export default async function abandonInactiveHelioConversationsJob(container: MedusaContainer) {
  await runScheduledJob(container, config.name, () => abandonInactiveHelioConversationsWorkflow(container).run({ input: {} }))
}

export const config = {
  name: "solar360-abandon-inactive-helio-conversations",
  // Every 5 minutes: a conversation is marked at most 5 minutes after its inactivity limit.
  schedule: "*/5 * * * *",
}
