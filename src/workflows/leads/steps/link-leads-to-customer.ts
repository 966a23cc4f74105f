import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OPEN_LEAD_STATUSES } from "../../../lib/leads"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../modules/solar360"

/** The new customer as the workflow read it (a core entity); its e-mail is normalised. */
export type LeadCustomer = { customer_id: string; email: string }

/** Sets `customer_id` on the open leads that carry the new customer's e-mail; null links none. */
export const linkLeadsToCustomerStep = createStep(
  "link-leads-to-customer",
  async (customer: LeadCustomer | null, { container }) => {
    if (!customer?.email) {
      return new StepResponse([] as string[], [] as string[])
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const leads = await solar360.listLeads(
      {
        email: customer.email,
        customer_id: null,
        status: [...OPEN_LEAD_STATUSES],
      },
      { select: ["id"] }
    )
    const ids = leads.map((lead) => lead.id)
    if (ids.length) {
      await solar360.updateLeads({ selector: { id: ids }, data: { customer_id: customer.customer_id } })
    }
    return new StepResponse(ids, ids)
  },
  async (ids: string[] | undefined, { container }) => {
    if (!ids?.length) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    await solar360.updateLeads({ selector: { id: ids }, data: { customer_id: null } })
  }
)
