import { MedusaContainer } from "@medusajs/framework/types"
import { runScheduledJob } from "../modules/solar360"
import { rollUpAnalyticsWorkflow } from "../workflows/analytics-reports"

export default async function rollUpAnalyticsJob(container: MedusaContainer) {
  await runScheduledJob(container, config.name, () => rollUpAnalyticsWorkflow(container).run({ input: {} }))
}

export const config = {
  name: "solar360-roll-up-analytics",
  // Hourly: yesterday is stored soon after midnight, late or changed rows within the hour.
  schedule: "7 * * * *",
}
