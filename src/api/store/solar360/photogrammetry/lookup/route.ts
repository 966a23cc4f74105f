import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { lookupPhotogrammetryWorkflow } from "../../../../../workflows/photogrammetry"
import { withUpstreamErrors } from "../../../../utils/upstream-error"
import { StorePhotogrammetryLookup } from "./validators"
import type { StorePhotogrammetryLookupResponse } from "./responses"

/**
 * The roof analysis of a point (with its address, optionally), reused from the cache when one
 * matches or bought from the provider. 404 when no roof is found or no provider can be asked;
 * 502/503/504 when the provider fails or is busy.
 *
 * A fresh and a reused analysis answer the same: the record of this lookup (its own id and
 * date) with the roof's figures, and no cache bookkeeping, so nobody learns whether someone
 * else analysed the address.
 */
// Google Solar failed, timed out or is busy: 502 / 504 / 503 with the code, not a 500.
export const POST = withUpstreamErrors(async (
  req: AuthenticatedMedusaRequest<StorePhotogrammetryLookup>,
  res: MedusaResponse<StorePhotogrammetryLookupResponse>
) => {
  const customerId =
    req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  const { result } = await lookupPhotogrammetryWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: customerId },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "photogrammetry_analysis",
    // `id` tells the two rows apart even when the caller asked for other fields only.
    fields: Array.from(new Set([...req.queryConfig.fields, "id"])),
    filters: { id: [result.analysis_id, result.record_id] },
  })
  const source = data.find((row) => row.id === result.analysis_id)
  const record = data.find((row) => row.id === result.record_id) ?? source
  const analysis = { ...source, id: record?.id }
  if ("created_at" in analysis) {
    analysis.created_at = record?.created_at
  }
  res.json({ analysis })
})
