import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Solar360Events } from "../../modules/solar360"
import { captureLeadWorkflow, type CaptureLeadStepInput } from "../leads"
import {
  CreateSolarViabilityAnalysisInput,
  createSolarViabilityAnalysisStep,
} from "./steps/create-solar-viability-analysis"

/**
 * Runs a full solar viability analysis (sizing, 25-year cash flow under Lei 14.300, score,
 * risks, scenarios), stores it with every assumption and a resume token, and emits
 * `solar360.solar_viability_analysis.created` (not on an idempotent retry); a collected
 * contact becomes (or touches) a lead.
 */
export const createSolarViabilityAnalysisWorkflow = createWorkflow(
  "create-solar-viability-analysis",
  (input: CreateSolarViabilityAnalysisInput & { lead?: CaptureLeadStepInput | null }) => {
    const saved = createSolarViabilityAnalysisStep(input)
    when({ saved }, ({ saved }) => saved.created).then(() => {
      emitEventStep(
        transform({ saved }, ({ saved }) => ({
          eventName: Solar360Events.SOLAR_VIABILITY_ANALYSIS_CREATED,
          data: { id: saved.id },
        }))
      )
    })
    // The contact the calculator collected: the store capture's rules (dedupe, verification,
    // consent), once per analysis (a replayed Idempotency-Key captures nothing again).
    when("capture-viability-lead", { saved, input }, ({ saved, input }) => saved.created && Boolean(input.lead)).then(
      () => {
        captureLeadWorkflow.runAsStep({ input: transform({ input }, ({ input }) => input.lead!) })
      }
    )
    return new WorkflowResponse(saved)
  }
)
