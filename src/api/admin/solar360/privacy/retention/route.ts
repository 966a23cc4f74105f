import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retentionRules } from "../../../../../lib/privacy/retention"
import { SOLAR360_MODULE } from "../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../modules/solar360"
import { AdminGetSolar360RetentionParams } from "./validators"
import type { AdminRetentionPreviewResponse } from "./responses"

/**
 * Dry run of the data retention: per model, the cutoff and how many rows a run at `now`
 * (default: the current time) would delete, with the rules and options behind them. Deletes
 * nothing (read-only, so no workflow).
 */
export const GET = async (
  req: MedusaRequest<unknown, AdminGetSolar360RetentionParams>,
  res: MedusaResponse<AdminRetentionPreviewResponse>
) => {
  const { now = new Date() } = req.validatedQuery as AdminGetSolar360RetentionParams
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const { cutoffs, counts, helio_pending } = await solar360.applyDataRetention({ now, dryRun: true })
  const options = solar360.options.retention
  res.json({
    dry_run: true,
    now: now.toISOString(),
    cutoffs,
    counts,
    // The hourly Helio retention's own work (blanking and erasure), for a complete picture.
    helio_pending,
    rules: retentionRules(options, now).map(({ model, option, days, age, condition }) => ({
      model,
      option,
      days,
      age,
      condition,
    })),
    options,
  })
}
