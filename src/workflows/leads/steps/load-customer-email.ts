import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The account e-mail of the logged-in customer, normalised; null for a guest. A capture
 * carrying it may act for the lead with that e-mail (the customer signed in as its owner).
 * Read-only: nothing to compensate.
 */
export const loadCustomerEmailStep = createStep(
  "load-customer-email",
  async (input: { customer_id?: string | null }, { container }) => {
    if (!input.customer_id) {
      return new StepResponse(null as string | null)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [customer],
    } = await query.graph({
      entity: "customer",
      fields: ["id", "email"],
      filters: { id: input.customer_id },
    })
    const email = customer?.email ? String(customer.email).trim().toLowerCase() : null
    return new StepResponse(email)
  }
)
