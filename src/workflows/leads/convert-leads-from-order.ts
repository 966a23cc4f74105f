import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { Solar360Events } from "../../modules/solar360"
import { convertLeadsStep } from "./steps/convert-leads"
import { findLeadsForOrderStep, type LeadOrder } from "./steps/find-leads-for-order"

/**
 * Run on `order.placed`: the buyer's open leads become `converted` with the order and its
 * total, and `solar360.lead.converted` is emitted for each. Idempotent.
 */
export const convertLeadsFromOrderWorkflow = createWorkflow(
  "convert-leads-from-order",
  (input: { order_id: string }) => {
    // The order is a core entity: read here, so the steps only talk to the solar360 module.
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "email", "customer_id", "total"],
      filters: { id: input.order_id },
    }).config({ name: "load-order" })
    const order = transform({ orders }, ({ orders }): LeadOrder | null => {
      const order: any = orders[0]
      if (!order) {
        return null
      }
      const total = order.total === null || order.total === undefined ? null : Number(order.total)
      return {
        order_id: order.id,
        customer_id: order.customer_id ?? null,
        email: order.email ? String(order.email).trim().toLowerCase() : null,
        total: Number.isFinite(total) ? total : null,
      }
    })
    const conversions = findLeadsForOrderStep(order)
    const leadIds = convertLeadsStep(conversions)
    const events = transform({ leadIds }, ({ leadIds }) => ({
      eventName: Solar360Events.LEAD_CONVERTED,
      data: leadIds.map((id) => ({ id })),
    }))
    emitEventStep(events)
    return new WorkflowResponse(leadIds)
  }
)
