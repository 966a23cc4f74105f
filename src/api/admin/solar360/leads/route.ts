import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithList } from "../../../utils/list-response"
import { leadFiltersToQuery } from "./filters"
import { AdminGetLeadsParams } from "./validators"
import type { AdminLeadListResponse } from "./responses"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetLeadsParams>,
  res: MedusaResponse<AdminLeadListResponse>
) => {
  await respondWithList(req, res, { entity: "lead", key: "leads", filters: leadFiltersToQuery(req.filterableFields as any) })
}
