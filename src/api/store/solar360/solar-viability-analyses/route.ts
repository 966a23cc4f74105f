import { AuthenticatedMedusaRequest, MedusaResponse, refetchEntity } from "@medusajs/framework/http"
import { createSolarViabilityAnalysisWorkflow } from "../../../../workflows/calculators"
import { calculatorViewer, idempotencyOf } from "../../../utils/calculator-request"
import { withUpstreamErrors } from "../../../utils/upstream-error"
import { StoreCreateSolarViabilityAnalysis } from "./validators"
import type { StoreCreateSolarViabilityAnalysisResponse } from "./responses"

/**
 * Runs and saves a solar viability analysis. 201 with the record and its resume token
 * (shown only here), or 200 when an Idempotency-Key replays an earlier request.
 */
// ANEEL, asked for the distributor's tariff, failed with nothing cached: 502/504.
export const POST = withUpstreamErrors(async (
  req: AuthenticatedMedusaRequest<StoreCreateSolarViabilityAnalysis>,
  res: MedusaResponse<StoreCreateSolarViabilityAnalysisResponse>
) => {
  const { quote_id, solar_calculation_id, session_id, ...analysis } = req.validatedBody
  const { result } = await createSolarViabilityAnalysisWorkflow(req.scope).run({
    input: {
      analysis,
      quote_id,
      solar_calculation_id,
      session_id,
      viewer: calculatorViewer(req),
      idempotency: await idempotencyOf(req),
    },
  })
  const solar_viability_analysis = await refetchEntity({
    entity: "solar_viability_analysis",
    idOrFilter: result.id,
    scope: req.scope,
    fields: req.queryConfig.fields,
  })
  res.status(result.created ? 201 : 200).json({ solar_viability_analysis, resume_token: result.resume_token })
})
