import { booleanString } from "@medusajs/medusa/api/utils/common-validators/index"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { createListParams } from "../../../utils/list-params"
import { z } from "@medusajs/framework/zod"
import { PHOTOGRAMMETRY_STATUSES } from "../../../../modules/solar360"
import { oneOrMany } from "../analytics/helpers"
import { dateRange } from "../leads/validators"

export const AdminGetPhotogrammetryAnalysesParams = createListParams({ limit: 20, offset: 0 })
  .merge(
    z.object({
      status: oneOrMany(z.enum(PHOTOGRAMMETRY_STATUSES)),
      provider: oneOrMany(z.string().trim().min(1).max(100)),
      /** true: reuse records; false: analyses bought from a provider. */
      cache_hit: booleanString().optional(),
      cache_source_id: oneOrMany(z.string().trim().min(1).max(200)),
      customer_id: oneOrMany(z.string().trim().min(1).max(200)),
      /** Brazilian state (UF), two letters. */
      state: oneOrMany(
        z
          .string()
          .trim()
          .regex(/^[A-Za-z]{2}$/, "must be a two-letter state (UF)")
          .transform((uf) => uf.toUpperCase())
      ),
      created_at: dateRange(),
    })
  )
  .strict()

export type AdminGetPhotogrammetryAnalysesParams = z.infer<typeof AdminGetPhotogrammetryAnalysesParams>

export const AdminGetPhotogrammetryAnalysisParams = createSelectParams().strict()

export type AdminGetPhotogrammetryAnalysisParams = z.infer<typeof AdminGetPhotogrammetryAnalysisParams>
