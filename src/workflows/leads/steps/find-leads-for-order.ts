import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OPEN_LEAD_STATUSES } from "../../../lib/leads"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

export type LeadConversion = {
  lead_id: string
  order_id: string
  conversion_value: number | null
}

/**
 * The open leads an order converts: matched by the order's customer or e-mail. Already
 * converted leads are not open, so a second delivery of `order.placed` finds nothing.
 */
export const findLeadsForOrderStep = createStep(
  "find-leads-for-order",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "email", "customer_id", "total"],
      filters: { id: input.order_id },
    })
    if (!order) {
      return new StepResponse([] as LeadConversion[])
    }
    const matchers: Record<string, unknown>[] = []
    if (order.customer_id) {
      matchers.push({ customer_id: order.customer_id })
    }
    if (order.email) {
      matchers.push({ email: order.email.trim().toLowerCase() })
    }
    if (!matchers.length) {
      return new StepResponse([] as LeadConversion[])
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const leads = await solar360.listLeads(
      { status: [...OPEN_LEAD_STATUSES], $or: matchers },
      { select: ["id"] }
    )
    const total = order.total === null || order.total === undefined ? null : Number(order.total)
    return new StepResponse(
      leads.map((lead) => ({
        lead_id: lead.id,
        order_id: order.id,
        conversion_value: Number.isFinite(total) ? total : null,
      }))
    )
  }
)
