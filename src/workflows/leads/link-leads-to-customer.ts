import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { linkLeadsToCustomerStep } from "./steps/link-leads-to-customer"

/** Run on `customer.created`: the person's open leads now point at their account. */
export const linkLeadsToCustomerWorkflow = createWorkflow(
  "link-leads-to-customer",
  (input: { customer_id: string }) => {
    const leadIds = linkLeadsToCustomerStep(input)
    return new WorkflowResponse(leadIds)
  }
)
