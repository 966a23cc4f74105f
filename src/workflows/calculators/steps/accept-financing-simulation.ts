import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CalculatorViewer } from "../../../lib/calculators"
import { invalidData, SOLAR360_MODULE, Solar360ErrorCode, type Solar360ModuleService } from "../../../modules/solar360"

export type AcceptFinancingSimulationInput = {
  id: string
  viewer: CalculatorViewer
  chosen_reason?: string | null
}

type Previous = {
  id: string
  accepted_by_customer: boolean
  accepted_at: Date | null
  chosen_reason: string | null
  customer_id: string | null
}

/**
 * The customer picks this simulation. Accepting again keeps the first acceptance time (a
 * retry changes nothing but the reason, if one is given). A guest who accepts while logged
 * in makes the simulation theirs, so the order they place can be linked to it.
 */
export const acceptFinancingSimulationStep = createStep(
  "accept-financing-simulation",
  async (input: AcceptFinancingSimulationInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const current = await solar360.retrieveViewableCalculation("financing_simulation", input.id, input.viewer, [
      "status",
      "accepted_by_customer",
      "accepted_at",
      "chosen_reason",
    ])
    if (current.status === "rejected") {
      throw invalidData(
        "This financing simulation was rejected in credit analysis and cannot be accepted; simulate again",
        Solar360ErrorCode.INVALID_STATE
      )
    }
    const previous: Previous = {
      id: current.id,
      accepted_by_customer: current.accepted_by_customer,
      accepted_at: current.accepted_at,
      chosen_reason: current.chosen_reason,
      customer_id: current.customer_id,
    }
    await solar360.updateFinancingSimulations({
      id: current.id,
      accepted_by_customer: true,
      accepted_at: current.accepted_at ?? new Date(),
      chosen_reason: input.chosen_reason ?? current.chosen_reason,
      customer_id: current.customer_id ?? input.viewer.customer_id ?? null,
    })
    return new StepResponse({ id: current.id, first_acceptance: !current.accepted_by_customer }, previous)
  },
  async (previous: Previous | undefined, { container }) => {
    if (!previous) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.updateFinancingSimulations(previous)
  }
)
