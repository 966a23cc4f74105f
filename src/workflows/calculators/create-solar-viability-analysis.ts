import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Solar360Events } from "../../modules/solar360"
import {
  CreateSolarViabilityAnalysisInput,
  createSolarViabilityAnalysisStep,
} from "./steps/create-solar-viability-analysis"

/**
 * Runs a full solar viability analysis (sizing, 25-year cash flow under Lei 14.300, score,
 * risks, scenarios), stores it with every assumption and a resume token, and emits
 * `solar360.solar_viability_analysis.created` (not on an idempotent retry).
 */
export const createSolarViabilityAnalysisWorkflow = createWorkflow(
  "create-solar-viability-analysis",
  (input: CreateSolarViabilityAnalysisInput) => {
    const saved = createSolarViabilityAnalysisStep(input)
    when({ saved }, ({ saved }) => saved.created).then(() => {
      emitEventStep(
        transform({ saved }, ({ saved }) => ({
          eventName: Solar360Events.SOLAR_VIABILITY_ANALYSIS_CREATED,
          data: { id: saved.id },
        }))
      )
    })
    return new WorkflowResponse(saved)
  }
)
