import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { linkLeadsToCustomerStep, type LeadCustomer } from "./steps/link-leads-to-customer"

/** Run on `customer.created`: the person's open leads now point at their account. */
export const linkLeadsToCustomerWorkflow = createWorkflow(
  "link-leads-to-customer",
  (input: { customer_id: string }) => {
    // The customer is a core entity: read here, so the step only talks to the solar360 module.
    const { data: customers } = useQueryGraphStep({
      entity: "customer",
      fields: ["id", "email"],
      filters: { id: input.customer_id },
    }).config({ name: "load-customer" })
    const customer = transform({ customers }, ({ customers }): LeadCustomer | null => {
      const customer: any = customers[0]
      return customer?.email ? { customer_id: customer.id, email: String(customer.email).trim().toLowerCase() } : null
    })
    const leadIds = linkLeadsToCustomerStep(customer)
    return new WorkflowResponse(leadIds)
  }
)
