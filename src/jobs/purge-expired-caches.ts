import { MedusaContainer } from "@medusajs/framework/types"
import { purgeExpiredCacheEntriesWorkflow } from "../workflows/caches"

export default async function purgeExpiredCachesJob(container: MedusaContainer) {
  await purgeExpiredCacheEntriesWorkflow(container).run({ input: {} })
}

export const config = {
  name: "solar360-purge-expired-caches",
  // Daily, off-peak (UTC): entries only become deletable days after expiry, so once is plenty.
  schedule: "41 4 * * *",
}
