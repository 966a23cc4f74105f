import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Solar360Events } from "../../modules/solar360"
import {
  CreateFinancingSimulationInput,
  createFinancingSimulationStep,
} from "./steps/create-financing-simulation"

/**
 * Computes a financing simulation (Tabela Price, IOF, CET, standard terms, projected savings
 * of a linked viability analysis), stores it with a resume token and emits
 * `solar360.financing_simulation.created`. A retry with the same Idempotency-Key answers
 * the first record and emits nothing.
 */
export const createFinancingSimulationWorkflow = createWorkflow(
  "create-financing-simulation",
  (input: CreateFinancingSimulationInput) => {
    const saved = createFinancingSimulationStep(input)
    when({ saved }, ({ saved }) => saved.created).then(() => {
      emitEventStep(
        transform({ saved }, ({ saved }) => ({
          eventName: Solar360Events.FINANCING_SIMULATION_CREATED,
          data: { id: saved.id },
        }))
      )
    })
    return new WorkflowResponse(saved)
  }
)
