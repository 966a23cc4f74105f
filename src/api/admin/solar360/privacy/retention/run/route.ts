import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyDataRetentionWorkflow } from "../../../../../../workflows/privacy"
import { AdminRunSolar360Retention } from "../validators"
import type { AdminRetentionRunResponse } from "../responses"

/**
 * Runs the data retention now, as the daily job does, and answers what it deleted per model
 * (`locked_out: true` and nothing deleted when another instance is running it).
 */
export const POST = async (req: MedusaRequest<AdminRunSolar360Retention>, res: MedusaResponse<AdminRetentionRunResponse>) => {
  const { result } = await applyDataRetentionWorkflow(req.scope).run({ input: {} })
  res.json(result)
}
