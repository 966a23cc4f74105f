import { MedusaContainer } from "@medusajs/framework/types"
import { runScheduledJob } from "../modules/solar360"
import { rescoreLeadBehaviourWorkflow } from "../workflows/leads"

export default async function rescoreLeadBehaviourJob(container: MedusaContainer) {
  await runScheduledJob(container, config.name, () => rescoreLeadBehaviourWorkflow(container).run({ input: {} }))
}

export const config = {
  name: "solar360-rescore-lead-behaviour",
  // Hourly: behaviour moves a score by a few points, and each run is bounded (leadBehaviour.batchSize).
  schedule: "20 * * * *",
}
