import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Solar360Events } from "../../modules/solar360"
import {
  AcceptFinancingSimulationInput,
  acceptFinancingSimulationStep,
} from "./steps/accept-financing-simulation"

/** The customer accepts a simulation; emits `solar360.financing_simulation.accepted` once. */
export const acceptFinancingSimulationWorkflow = createWorkflow(
  "accept-financing-simulation",
  (input: AcceptFinancingSimulationInput) => {
    const accepted = acceptFinancingSimulationStep(input)
    when({ accepted }, ({ accepted }) => accepted.first_acceptance).then(() => {
      emitEventStep(
        transform({ accepted }, ({ accepted }) => ({
          eventName: Solar360Events.FINANCING_SIMULATION_ACCEPTED,
          data: { id: accepted.id },
        }))
      )
    })
    return new WorkflowResponse(accepted)
  }
)
