import { MedusaContainer } from "@medusajs/framework/types"
import { runScheduledJob } from "../modules/solar360"
import { sendWeeklyDigestWorkflow } from "../workflows/health"

export default async function sendWeeklyDigestJob(container: MedusaContainer) {
  await runScheduledJob(container, config.name, () => sendWeeklyDigestWorkflow(container).run({ input: {} }))
}

export const config = {
  name: "solar360-send-weekly-digest",
  // Mondays 11:00 UTC (08:00 in Brasília): the week before is complete in every Brazilian time zone.
  schedule: "0 11 * * 1",
}
