import { MedusaContainer } from "@medusajs/framework/types"
import { runScheduledJob } from "../modules/solar360"
import { purgeExpiredCacheEntriesWorkflow } from "../workflows/caches"

export default async function purgeExpiredCachesJob(container: MedusaContainer) {
  await runScheduledJob(container, config.name, () => purgeExpiredCacheEntriesWorkflow(container).run({ input: {} }))
}

export const config = {
  name: "solar360-purge-expired-caches",
  // Daily, off-peak (UTC): entries only become deletable days after expiry, so once is plenty.
  schedule: "41 4 * * *",
}
