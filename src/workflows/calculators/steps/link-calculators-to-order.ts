import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SOLAR360_MODULE, type CalculatorOrderLinks, type Solar360ModuleService } from "../../../modules/solar360"

export const linkCalculatorsToOrderStep = createStep(
  "link-calculators-to-order",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "created_at"],
      filters: { id: input.order_id },
    })
    const none: CalculatorOrderLinks = { financing_simulation_ids: [], solar_viability_analysis_ids: [] }
    if (!order) {
      return new StepResponse(none, undefined as { order_id: string; links: CalculatorOrderLinks } | undefined)
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const links = await solar360.linkCalculatorsToOrder({
      order_id: order.id,
      customer_id: order.customer_id ?? null,
      placed_at: new Date(order.created_at as Date),
    })
    return new StepResponse(links, { order_id: order.id, links })
  },
  async (undo: { order_id: string; links: CalculatorOrderLinks } | undefined, { container }) => {
    if (!undo) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.unlinkCalculatorsFromOrder(undo.order_id, undo.links)
  }
)
