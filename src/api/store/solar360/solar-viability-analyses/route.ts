import { AuthenticatedMedusaRequest, MedusaResponse, refetchEntity } from "@medusajs/framework/http"
import { createSolarViabilityAnalysisWorkflow } from "../../../../workflows/calculators"
import { calculatorViewer, idempotencyOf } from "../../../utils/calculator-request"
import { leadCaptureInput } from "../../../utils/lead-capture-input"
import { withUpstreamErrors } from "../../../utils/upstream-error"
import type { CaptureLeadStepInput } from "../../../../workflows/leads"
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
  const { quote_id, solar_calculation_id, session_id, contact, ...analysis } = req.validatedBody
  const { result } = await createSolarViabilityAnalysisWorkflow(req.scope).run({
    input: {
      analysis,
      quote_id,
      solar_calculation_id,
      session_id,
      viewer: calculatorViewer(req),
      idempotency: await idempotencyOf(req),
      lead: contact ? withAnalysisFacts(leadCaptureInput(req, contact, "solar"), analysis) : null,
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

/** What the analysis already knows about the person fills the lead where the contact is silent:
 * the bill and consumption feed the lead score, the city and UF its assignment. */
function withAnalysisFacts(
  capture: CaptureLeadStepInput,
  analysis: Pick<StoreCreateSolarViabilityAnalysis, "monthly_bill_brl" | "monthly_consumption_kwh" | "city" | "state">
): CaptureLeadStepInput {
  return {
    ...capture,
    lead: {
      ...capture.lead,
      monthly_bill_brl: capture.lead.monthly_bill_brl ?? analysis.monthly_bill_brl ?? null,
      monthly_consumption_kwh: capture.lead.monthly_consumption_kwh ?? analysis.monthly_consumption_kwh ?? null,
      city: capture.lead.city ?? analysis.city ?? null,
      state: capture.lead.state ?? analysis.state,
    },
  }
}
