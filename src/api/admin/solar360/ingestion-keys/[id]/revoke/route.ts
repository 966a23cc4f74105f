import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOLAR360_MODULE } from "../../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../../modules/solar360"
import { revokeIngestionKeyWorkflow } from "../../../../../../workflows/ingestion-keys"
import type { AdminIngestionKeyResponse } from "../../responses"

/** Revokes a key: every later call with it is a 401. 404 for an unknown id. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminIngestionKeyResponse>) => {
  await revokeIngestionKeyWorkflow(req.scope).run({
    input: { id: req.params.id, revoked_by: req.auth_context?.actor_id ?? null },
  })
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const ingestion_key = await solar360.retrieveIngestionKey(req.params.id, { select: req.queryConfig.fields })
  res.json({ ingestion_key })
}
