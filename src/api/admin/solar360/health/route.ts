import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../../modules/solar360"
import type { AdminSolar360HealthResponse } from "./responses"

/**
 * Data health: per table of the plugin, rows, size on disk, rows written per day over the
 * growth baseline, the oldest row and what the next retention run deletes; and the alerts the
 * `dataHealth` thresholds raise for yesterday. Read-only.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse<AdminSolar360HealthResponse>) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  res.json(await solar360.getDataHealth())
}
