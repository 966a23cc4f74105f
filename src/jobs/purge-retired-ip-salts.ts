import { MedusaContainer } from "@medusajs/framework/types"
import { purgeRetiredIpSaltsWorkflow } from "../workflows/privacy"

export default async function purgeRetiredIpSaltsJob(container: MedusaContainer) {
  await purgeRetiredIpSaltsWorkflow(container).run({ input: {} })
}

export const config = {
  name: "solar360-purge-retired-ip-salts",
  // Daily, shortly after the UTC day (and so the salt) changes.
  schedule: "15 0 * * *",
}
