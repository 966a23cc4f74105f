import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../../../modules/solar360"
import { updateLeadWorkflow } from "../../../../../workflows/leads"
import { AdminUpdateLead } from "../validators"

async function refetchLead(req: AuthenticatedMedusaRequest<any, any>, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [lead],
  } = await query.graph({
    entity: "lead",
    fields: req.queryConfig.fields,
    filters: { id },
  })
  if (!lead) {
    throw notFound(`Lead with id "${id}" was not found`)
  }
  return lead
}

/** One lead with its status history (and, on request, the linked customer and order). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ lead: await refetchLead(req, req.params.id) })
}

/** Updates status (funnel rules apply), assignment and notes; every move is recorded. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateLead>,
  res: MedusaResponse
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
