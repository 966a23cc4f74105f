import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { lookupPhotogrammetryWorkflow } from "../../../../workflows/photogrammetry"
import { withUpstreamErrors } from "../../../utils/upstream-error"
import { StorePhotogrammetryLookup } from "./validators"

/**
 * The roof analysis of an address or a point, reused from the cache when one matches
 * (`cache.hit`, `cache.level`) or bought from the provider. 404 when no roof is found or no
 * provider can be asked; 502/504 when the provider fails.
 */
// Google Solar failed or timed out: 502 / 504 with the code, not a 500.
export const POST = withUpstreamErrors(async (
  req: AuthenticatedMedusaRequest<StorePhotogrammetryLookup>,
  res: MedusaResponse
) => {
  const customerId =
    req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  const { result } = await lookupPhotogrammetryWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: customerId },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [analysis],
  } = await query.graph({
    entity: "photogrammetry_analysis",
    fields: req.queryConfig.fields,
    filters: { id: result.analysis_id },
  })
  res.json({ analysis, cache: result.cache })
})
