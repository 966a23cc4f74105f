import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bulkUpdateLeadsWorkflow } from "../../../../../workflows/leads"
import { AdminBulkUpdateLeads } from "../validators"
import type { AdminBulkUpdateLeadsResponse } from "../responses"

/**
 * One status and/or assignment change for many leads; the funnel rules apply per lead, so the
 * answer is per lead: `{ id, ok: true }` or `{ id, ok: false, code, message }` (always 200).
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminBulkUpdateLeads>,
  res: MedusaResponse<AdminBulkUpdateLeadsResponse>
) => {
  const { result } = await bulkUpdateLeadsWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  res.json({ results: result })
}
