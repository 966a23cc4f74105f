import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../../../../modules/solar360"
import { digestCsv } from "../../../../../workflows/health"
import type { AdminSolar360DigestResponse } from "./responses"
import type { AdminGetSolar360DigestParams } from "./validators"

/**
 * The weekly digest: headline figures of a Monday-to-Sunday week (default: the last full one)
 * beside the week before, as JSON or as a CSV download (`format=csv`).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse<AdminSolar360DigestResponse | string>) => {
  const { week, format } = req.validatedQuery as AdminGetSolar360DigestParams
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const digest = await solar360.getWeeklyDigest({ week })
  if (format === "csv") {
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.setHeader("content-disposition", `attachment; filename="solar360-digest-${digest.week.from}.csv"`)
    res.send(await digestCsv(digest))
    return
  }
  res.json(digest)
}
