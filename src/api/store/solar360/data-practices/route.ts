import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeCookielessPractice, describeDataPractices } from "../../../../lib/privacy"
import { SOLAR360_MODULE } from "../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../modules/solar360"
import { StoreGetDataPracticesParams } from "./validators"
import type { StoreDataPracticesResponse } from "./responses"

/**
 * What the store records about visitors and customers, why, and on which LGPD basis:
 * for the storefront's privacy notice (LGPD art. 9).
 */
export const GET = async (
  req: MedusaRequest<unknown, StoreGetDataPracticesParams>,
  res: MedusaResponse<StoreDataPracticesResponse>
) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const { lang } = req.validatedQuery as StoreGetDataPracticesParams

  res.json({
    language: lang,
    data_practices: describeDataPractices(lang),
    ip_pseudonymisation: {
      raw_ip_stored: false,
      method: "hmac-sha256(ip, user_agent) with a secret salt",
      salt_rotation: "daily",
      salt_deleted_after_days: solar360.options.ipSaltGraceDays,
    },
    analytics_consent: describeCookielessPractice(lang, {
      requireConsent: solar360.options.analytics.requireConsent,
      eventsDays: solar360.options.retention.eventsDays,
      catalogAccessLogsDays: solar360.options.retention.catalogAccessLogsDays,
    }),
  })
}
