import { booleanString } from "@medusajs/medusa/api/utils/common-validators/index"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { createListParams } from "../../../utils/list-params"
import { z } from "@medusajs/framework/zod"
import { EVENT_CATEGORIES } from "../../../../modules/solar360"
import { dayOrInstant, oneOrMany } from "../analytics/helpers"

const text = () => z.string().min(1).max(500)

export const AdminGetEventsParams = createListParams({ limit: 20, offset: 0, order: "-occurred_at" })
  .merge(
    z.object({
      /** On `occurred_at`: a calendar day in `reportTimezone` (whole day) or an ISO instant. */
      from: dayOrInstant().optional(),
      to: dayOrInstant().optional(),
      category: oneOrMany(z.enum(EVENT_CATEGORIES)),
      event_name: oneOrMany(text()),
      session_id: oneOrMany(text()),
      anonymous_id: oneOrMany(text()),
      customer_id: oneOrMany(text()),
      is_bot: booleanString().optional(),
      /** false: rows stored in the cookieless form (analytics consent refused). */
      consent_analytics: booleanString().optional(),
      utm_source: oneOrMany(text()),
      utm_medium: oneOrMany(text()),
      utm_campaign: oneOrMany(text()),
    })
  )
  .strict()

export type AdminGetEventsParams = z.infer<typeof AdminGetEventsParams>

export const AdminGetEventParams = createSelectParams().strict()
