import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOLAR360_MODULE } from "../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../modules/solar360"
import { createIngestionKeyWorkflow } from "../../../../workflows/ingestion-keys"
import { AdminCreateIngestionKey, AdminGetIngestionKeysParams } from "./validators"
import type { AdminCreateIngestionKeyResponse, AdminIngestionKeyListResponse } from "./responses"

/** Ingestion keys, newest first: never the key itself (only `redacted`). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetIngestionKeysParams>, res: MedusaResponse<AdminIngestionKeyListResponse>) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const { skip = 0, take = 20 } = req.queryConfig.pagination ?? {}
  const [ingestion_keys, count] = await solar360.listAndCountIngestionKeys(
    {},
    { select: req.queryConfig.fields, skip, take, order: { created_at: "DESC" } }
  )
  res.json({ ingestion_keys, count, offset: skip, limit: take })
}

/**
 * Creates a key for the assistant's logging. 201 with `key`: shown only here (only its
 * SHA-256 is stored); store it as the assistant's secret.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateIngestionKey>, res: MedusaResponse<AdminCreateIngestionKeyResponse>) => {
  const { result } = await createIngestionKeyWorkflow(req.scope).run({
    input: { title: req.validatedBody.title, created_by: req.auth_context?.actor_id ?? null },
  })
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const ingestion_key = await solar360.retrieveIngestionKey(result.id, { select: req.queryConfig.fields })
  res.status(201).json({ ingestion_key, key: result.token })
}
