import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOLAR360_MODULE } from "../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../modules/solar360"
import { withUpstreamErrors } from "../../../utils/upstream-error"
import { StoreGetTariffParams } from "./validators"
import type { StoreTariffResponse } from "./responses"

/**
 * An energy tariff (TE + TUSD, R$/kWh, before taxes) of a distributor, residential B1 unless
 * `subgroup`/`modality`/`class`/`subclass`/`detail`/`posto` say otherwise, from ANEEL's open
 * data through the durable cache. `cache.stale` says an expired answer was served because ANEEL
 * failed; 504/502 when it failed with nothing to serve.
 */
export const GET = withUpstreamErrors(async (req: MedusaRequest<unknown, StoreGetTariffParams>, res: MedusaResponse<StoreTariffResponse>) => {
  const { distributor, date, ...choice } = req.validatedQuery as StoreGetTariffParams
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const at = date ? new Date(`${date}T12:00:00Z`) : new Date()
  const tariff = await solar360.getTariff(distributor, choice, at)
  res.json({ tariff })
})
