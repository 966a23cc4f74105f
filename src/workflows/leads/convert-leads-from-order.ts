import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { Solar360Events } from "../../modules/solar360"
import { convertLeadsStep } from "./steps/convert-leads"
import { findLeadsForOrderStep } from "./steps/find-leads-for-order"

/**
 * Run on `order.placed`: the buyer's open leads become `converted` with the order and its
 * total, and `solar360.lead.converted` is emitted for each. Idempotent.
 */
export const convertLeadsFromOrderWorkflow = createWorkflow(
  "convert-leads-from-order",
  (input: { order_id: string }) => {
    const conversions = findLeadsForOrderStep(input)
    const leadIds = convertLeadsStep(conversions)
    const events = transform({ leadIds }, ({ leadIds }) => ({
      eventName: Solar360Events.LEAD_CONVERTED,
      data: leadIds.map((id) => ({ id })),
    }))
    emitEventStep(events)
    return new WorkflowResponse(leadIds)
  }
)
