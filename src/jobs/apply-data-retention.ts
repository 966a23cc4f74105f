import { MedusaContainer } from "@medusajs/framework/types"
import { runScheduledJob } from "../modules/solar360"
import { applyDataRetentionWorkflow } from "../workflows/privacy"

export default async function applyDataRetentionJob(container: MedusaContainer) {
  await runScheduledJob(container, config.name, () => applyDataRetentionWorkflow(container).run({ input: {} }))
}

export const config = {
  name: "solar360-apply-data-retention",
  // Daily, off-peak (UTC; 00:30 in Brasília): periods are counted in days, so once is enough.
  // An advisory lock keeps two instances from running it together.
  schedule: "30 3 * * *",
}
