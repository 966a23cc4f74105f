import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Solar360Events } from "../../modules/solar360"
import { captureLeadWorkflow, type CaptureLeadStepInput } from "../leads"
import {
  CreateFinancingSimulationInput,
  createFinancingSimulationStep,
} from "./steps/create-financing-simulation"

/**
 * Computes a financing simulation (Tabela Price, IOF, CET, standard terms, projected savings
 * of a linked viability analysis), stores it with a resume token and emits
 * `solar360.financing_simulation.created`; a collected contact becomes (or touches) a lead. A retry with the same Idempotency-Key answers
 * the first record and emits nothing.
 */
export const createFinancingSimulationWorkflow = createWorkflow(
  "create-financing-simulation",
  (input: CreateFinancingSimulationInput & { lead?: CaptureLeadStepInput | null }) => {
    const saved = createFinancingSimulationStep(input)
    when({ saved }, ({ saved }) => saved.created).then(() => {
      emitEventStep(
        transform({ saved }, ({ saved }) => ({
          eventName: Solar360Events.FINANCING_SIMULATION_CREATED,
          data: { id: saved.id },
        }))
      )
    })
    // The contact the calculator collected: the store capture's rules (dedupe, verification,
    // consent), once per simulation (a replayed Idempotency-Key captures nothing again).
    when("capture-financing-lead", { saved, input }, ({ saved, input }) => saved.created && Boolean(input.lead)).then(
      () => {
        captureLeadWorkflow.runAsStep({ input: transform({ input }, ({ input }) => input.lead!) })
      }
    )
    return new WorkflowResponse(saved)
  }
)
