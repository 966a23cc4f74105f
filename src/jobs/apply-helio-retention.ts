import { MedusaContainer } from "@medusajs/framework/types"
import { runScheduledJob } from "../modules/solar360"
import { applyHelioRetentionWorkflow } from "../workflows/helio"

export default async function applyHelioRetentionJob(container: MedusaContainer) {
  await runScheduledJob(container, config.name, () => applyHelioRetentionWorkflow(container).run({ input: {} }))
}

export const config = {
  name: "solar360-apply-helio-retention",
  // Hourly: a deletion request is honoured within the hour; an advisory lock keeps two
  // instances from running it together.
  schedule: "23 * * * *",
}
