import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { captureLeadWorkflow } from "../../../workflows/leads"
import { StoreCreateLead } from "./validators"

/**
 * Captures a lead. 201 with the new lead, or 200 with `deduplicated: true` when the
 * person already had an open lead (same e-mail or phone), which is updated instead.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreCreateLead>,
  res: MedusaResponse
) => {
  const { consent, ...fields } = req.validatedBody
  const customerId =
    req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null

  const { result } = await captureLeadWorkflow(req.scope).run({
    input: {
      lead: {
        ...fields,
        consent_marketing: consent?.marketing,
        consent_terms_version: consent?.terms_version ?? null,
        customer_id: customerId,
      },
      ip: req.ip ?? null,
      user_agent: req.get("user-agent") ?? null,
    },
  })

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [lead],
  } = await query.graph({
    entity: "lead",
    fields: req.queryConfig.fields,
    filters: { id: result.lead_id },
  })
  res.status(result.deduplicated ? 200 : 201).json({ lead, deduplicated: result.deduplicated })
}
