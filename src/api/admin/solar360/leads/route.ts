import { AuthenticatedMedusaRequest, MedusaResponse, refetchEntity } from "@medusajs/framework/http"
import { createLeadManuallyWorkflow } from "../../../../workflows/leads"
import { respondWithList } from "../../../utils/list-response"
import { leadFiltersToQuery } from "./filters"
import { AdminCreateLead, AdminGetLeadsParams } from "./validators"
import type { AdminCreateLeadResponse, AdminLeadListResponse } from "./responses"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetLeadsParams>,
  res: MedusaResponse<AdminLeadListResponse>
) => {
  await respondWithList(req, res, { entity: "lead", key: "leads", filters: leadFiltersToQuery(req.filterableFields as any) })
}

/**
 * A lead an operator types in (phone call, walk-in, ...): the store capture's validation and
 * dedupe, plus where it came from (`source`), an assignee and a first note. 201 with the lead
 * and whether it joined an open lead of the same contact.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateLead>,
  res: MedusaResponse<AdminCreateLeadResponse>
) => {
  const { source, assigned_to, note, ...lead } = req.validatedBody
  const { result } = await createLeadManuallyWorkflow(req.scope).run({
    input: {
      lead: { ...lead, interest_type: lead.interest_type },
      source,
      assigned_to,
      note: note ?? null,
      actor_id: req.auth_context.actor_id,
    },
  })
  const saved = await refetchEntity({ entity: "lead", idOrFilter: result.lead_id, scope: req.scope, fields: req.queryConfig.fields })
  res.status(201).json({ lead: saved, deduplicated: result.deduplicated })
}
