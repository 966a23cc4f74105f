import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOLAR360_MODULE } from "../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../modules/solar360"
import { withUpstreamErrors } from "../../../utils/upstream-error"
import type { StoreDistributorsResponse } from "../tariffs/responses"

/** Distributors with residential tariffs at ANEEL (CNPJ, acronym, former acronyms). */
export const GET = withUpstreamErrors(async (req: MedusaRequest, res: MedusaResponse<StoreDistributorsResponse>) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const { distributors, cache } = await solar360.listAneelDistributors()
  res.json({ distributors, count: distributors.length, cache })
})
