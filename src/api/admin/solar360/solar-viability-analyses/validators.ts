import { booleanString } from "@medusajs/medusa/api/utils/common-validators/index"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { createListParams } from "../../../utils/list-params"
import { z } from "@medusajs/framework/zod"
import { SOLAR_VIABILITY_RECOMMENDATIONS } from "../../../../modules/solar360"
import { dayOrInstant, oneOrMany, ReportRangeParams } from "../analytics/helpers"
import { dateRange } from "../leads/validators"

const score = () => z.coerce.number().int().min(0).max(100).optional()

export const AdminGetSolarViabilityAnalysesParams = createListParams({ limit: 20, offset: 0 })
  .merge(
    z.object({
      recommendation: oneOrMany(z.enum(SOLAR_VIABILITY_RECOMMENDATIONS)),
      is_viable: booleanString().optional(),
      /** Brazilian state (UF), two letters. */
      state: oneOrMany(
        z
          .string()
          .trim()
          .regex(/^[A-Za-z]{2}$/, "must be a two-letter state (UF)")
          .transform((uf) => uf.toUpperCase())
      ),
      customer_id: oneOrMany(z.string().trim().min(1).max(200)),
      viability_score_min: score(),
      viability_score_max: score(),
      created_at: dateRange(),
      /** Calendar days in `reportTimezone` (whole days, `to` inclusive) or instants, on `created_at`. */
      from: dayOrInstant().optional(),
      to: dayOrInstant().optional(),
    })
  )
  .strict()

export type AdminGetSolarViabilityAnalysesParams = z.infer<
  typeof AdminGetSolarViabilityAnalysesParams
>

export const AdminGetSolarViabilityAnalysisParams = createSelectParams().strict()

/** The distribution's calendar days (in `reportTimezone`, default the last 30, at most 366) and one UF. */
export const AdminGetViabilityDistributionParams = ReportRangeParams.extend({
  state: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, "must be a two-letter state (UF)")
    .transform((uf) => uf.toUpperCase())
    .optional(),
}).strict()

export type AdminGetViabilityDistributionParams = z.infer<typeof AdminGetViabilityDistributionParams>
