import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OPEN_LEAD_STATUSES } from "../../../lib/leads"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

export type LeadConversion = {
  lead_id: string
  order_id: string
  conversion_value: number | null
}

/** The order as the workflow read it (a core entity), with its e-mail normalised. */
export type LeadOrder = {
  order_id: string
  customer_id: string | null
  email: string | null
  total: number | null
}

/**
 * The open leads an order converts: matched by the order's customer or e-mail. Already
 * converted leads are not open, so a second delivery of `order.placed` finds nothing.
 */
export const findLeadsForOrderStep = createStep(
  "find-leads-for-order",
  async (order: LeadOrder | null, { container }) => {
    if (!order) {
      return new StepResponse([] as LeadConversion[])
    }
    const matchers: Record<string, unknown>[] = []
    if (order.customer_id) {
      matchers.push({ customer_id: order.customer_id })
    }
    if (order.email) {
      matchers.push({ email: order.email })
    }
    if (!matchers.length) {
      return new StepResponse([] as LeadConversion[])
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const leads = await solar360.listLeads(
      { status: [...OPEN_LEAD_STATUSES], $or: matchers },
      { select: ["id"] }
    )
    return new StepResponse(
      leads.map((lead) => ({
        lead_id: lead.id,
        order_id: order.order_id,
        conversion_value: order.total,
      }))
    )
  }
)
