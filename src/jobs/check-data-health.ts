import { MedusaContainer } from "@medusajs/framework/types"
import { runScheduledJob } from "../modules/solar360"
import { checkDataHealthWorkflow } from "../workflows/health"

export default async function checkDataHealthJob(container: MedusaContainer) {
  await runScheduledJob(container, config.name, () => checkDataHealthWorkflow(container).run({ input: {} }))
}

export const config = {
  name: "solar360-check-data-health",
  // Hourly: an alert is about yesterday, so the first run after midnight raises it; later runs
  // find it already notified (its key is the notification's idempotency key).
  schedule: "40 * * * *",
}
