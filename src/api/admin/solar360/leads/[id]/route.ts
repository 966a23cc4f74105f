import { AuthenticatedMedusaRequest, MedusaResponse, refetchEntity } from "@medusajs/framework/http"
import { notFound } from "../../../../../modules/solar360"
import { updateLeadWorkflow } from "../../../../../workflows/leads"
import { AdminUpdateLead } from "../validators"
import type { AdminLeadResponse } from "../responses"

async function refetchLead(req: AuthenticatedMedusaRequest<any, any>, id: string) {
  const lead = await refetchEntity({ entity: "lead", idOrFilter: id, scope: req.scope, fields: req.queryConfig.fields })
  if (!lead) {
    throw notFound(`Lead with id "${id}" was not found`)
  }
  return lead
}

/** One lead with its status history (and, on request, the linked customer and order). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminLeadResponse>) => {
  res.json({ lead: await refetchLead(req, req.params.id) })
}

/** Updates status (funnel rules apply), assignment and notes; every move is recorded. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateLead>,
  res: MedusaResponse<AdminLeadResponse>
) => {
  await updateLeadWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      update: {
        ...req.validatedBody,
        actor_type: "user",
        actor_id: req.auth_context.actor_id,
      },
    },
  })
  res.json({ lead: await refetchLead(req, req.params.id) })
}
