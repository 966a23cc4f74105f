import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  SOLAR360_MODULE,
  type CalculatorOrderLinkInput,
  type CalculatorOrderLinks,
  type Solar360ModuleService,
} from "../../../modules/solar360"

type Undo = { order_id: string; links: CalculatorOrderLinks }

/** The workflow reads the order (a core entity); null (no such order) links nothing. */
export const linkCalculatorsToOrderStep = createStep(
  "link-calculators-to-order",
  async (input: CalculatorOrderLinkInput | null, { container }) => {
    const none: CalculatorOrderLinks = { financing_simulation_ids: [], solar_viability_analysis_ids: [] }
    if (!input) {
      return new StepResponse(none, undefined as Undo | undefined)
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const links = await solar360.linkCalculatorsToOrder(input)
    return new StepResponse(links, { order_id: input.order_id, links } as Undo | undefined)
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.unlinkCalculatorsFromOrder(undo.order_id, undo.links)
  }
)
