import { AuthenticatedMedusaRequest, MedusaResponse, refetchEntity } from "@medusajs/framework/http"
import { createFinancingSimulationWorkflow } from "../../../../workflows/calculators"
import { calculatorViewer, idempotencyOf } from "../../../utils/calculator-request"
import { leadCaptureInput } from "../../../utils/lead-capture-input"
import { StoreCreateFinancingSimulation } from "./validators"
import type { StoreCreateFinancingSimulationResponse } from "./responses"

/**
 * Computes and saves a financing simulation. 201 with the record and its resume token (shown
 * only here: keep it to come back as a guest), or 200 when an Idempotency-Key replays an
 * earlier request.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreCreateFinancingSimulation>,
  res: MedusaResponse<StoreCreateFinancingSimulationResponse>
) => {
  const body = req.validatedBody
  const viewer = calculatorViewer(req)
  const monthly = body.interest_rate_monthly !== undefined
  const { result } = await createFinancingSimulationWorkflow(req.scope).run({
    input: {
      request: {
        system_cost: body.system_cost,
        down_payment: body.down_payment,
        term_months: body.term_months,
        rate_percent: (monthly ? body.interest_rate_monthly : body.interest_rate_annual) as number,
        rate_period: monthly ? "monthly" : "annual",
        person_type: body.person_type,
        fees: body.fees,
        insurance_amount: body.insurance_amount,
        costs_financed: body.costs_financed,
        release_date: body.release_date ?? null,
      },
      bank: body.bank,
      product: body.product,
      bank_url: body.bank_url,
      quote_id: body.quote_id,
      solar_calculation_id: body.solar_calculation_id,
      solar_viability_analysis_id: body.solar_viability_analysis_id,
      session_id: body.session_id,
      viewer: { ...viewer, viability_resume_token: body.solar_viability_analysis_token ?? null },
      idempotency: await idempotencyOf(req),
      lead: body.contact ? leadCaptureInput(req, body.contact, "financing") : null,
    },
  })

  const financing_simulation = await refetchEntity({
    entity: "financing_simulation",
    idOrFilter: result.id,
    scope: req.scope,
    fields: req.queryConfig.fields,
  })
  res.status(result.created ? 201 : 200).json({ financing_simulation, resume_token: result.resume_token })
}
