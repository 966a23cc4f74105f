import { booleanString } from "@medusajs/medusa/api/utils/common-validators/index"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { createListParams } from "../../../utils/list-params"
import { z } from "@medusajs/framework/zod"
import {
  CATALOG_ACTION_TYPES,
  CATALOG_RECOMMENDATION_SOURCES,
  CATALOG_VIEW_CONTEXTS,
} from "../../../../modules/solar360"
import { dayOrInstant, oneOrMany } from "../analytics/helpers"

const text = () => z.string().min(1).max(500)

export const AdminGetCatalogAccessLogsParams = createListParams({
  limit: 20,
  offset: 0,
  order: "-occurred_at",
})
  .merge(
    z.object({
      /** On `occurred_at`: a calendar day in `reportTimezone` (whole day) or an ISO instant. */
      from: dayOrInstant().optional(),
      to: dayOrInstant().optional(),
      action_type: oneOrMany(z.enum(CATALOG_ACTION_TYPES)),
      product_id: oneOrMany(text()),
      session_id: oneOrMany(text()),
      customer_id: oneOrMany(text()),
      search_term: oneOrMany(text()),
      view_context: oneOrMany(z.enum(CATALOG_VIEW_CONTEXTS)),
      recommendation_source: oneOrMany(z.enum(CATALOG_RECOMMENDATION_SOURCES)),
      led_to_cart: booleanString().optional(),
      led_to_purchase: booleanString().optional(),
      is_bot: booleanString().optional(),
      /** false: rows stored in the cookieless form (analytics consent refused). */
      consent_analytics: booleanString().optional(),
    })
  )
  .strict()

export type AdminGetCatalogAccessLogsParams = z.infer<typeof AdminGetCatalogAccessLogsParams>

export const AdminGetCatalogAccessLogParams = createSelectParams().strict()
