import { MedusaContainer } from "@medusajs/framework/types"
import { runScheduledJob } from "../modules/solar360"
import { purgeRetiredIpSaltsWorkflow } from "../workflows/privacy"

export default async function purgeRetiredIpSaltsJob(container: MedusaContainer) {
  await runScheduledJob(container, config.name, () => purgeRetiredIpSaltsWorkflow(container).run({ input: {} }))
}

export const config = {
  name: "solar360-purge-retired-ip-salts",
  // Daily, shortly after the UTC day (and so the salt) changes.
  schedule: "15 0 * * *",
}
