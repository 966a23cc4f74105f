import { AuthenticatedMedusaRequest, MedusaResponse, refetchEntity } from "@medusajs/framework/http"
import { mergeLeadsWorkflow } from "../../../../../../workflows/leads"
import { AdminMergeLeads } from "../../validators"
import type { AdminLeadResponse } from "../../responses"

/**
 * Merges the lead `from_id` into this one (it survives): history moved, blanks filled,
 * re-scored; `from_id` is soft-deleted with `merged_into_id`. 400 for itself or a merged lead.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminMergeLeads>,
  res: MedusaResponse<AdminLeadResponse>
) => {
  await mergeLeadsWorkflow(req.scope).run({
    input: { survivor_id: req.params.id, absorbed_id: req.validatedBody.from_id, actor_id: req.auth_context.actor_id },
  })
  const lead = await refetchEntity({ entity: "lead", idOrFilter: req.params.id, scope: req.scope, fields: req.queryConfig.fields })
  res.json({ lead })
}
