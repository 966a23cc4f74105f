import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOLAR360_MODULE } from "../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../modules/solar360"
import { withUpstreamErrors } from "../../../utils/upstream-error"
import { AdminGetPvlibYield } from "../caches/validators"
import type { AdminPvlibYieldResponse } from "../caches/responses"

/**
 * The yield of a PV system, as the calculators get it: pvlib through the cache (502/504 when
 * it fails with nothing cached to serve) or the built-in estimate without a pvlib service.
 * A read: nothing but the cache changes, so no workflow.
 */
export const POST = withUpstreamErrors(async (req: MedusaRequest<AdminGetPvlibYield>, res: MedusaResponse<AdminPvlibYieldResponse>) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  res.json({ yield: await solar360.getPvlibYield(req.validatedBody) })
})
