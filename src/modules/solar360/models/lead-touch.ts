import { model } from "@medusajs/framework/utils"
import { LEAD_INTEREST_TYPES, LEAD_TOUCH_CONSENT_STATES } from "../../../lib/leads"
import { Lead } from "./lead"

/**
 * One storefront capture of a lead (a visit that filled a lead form): its attribution,
 * interest and message, and the consent statement it carried. A capture that cannot prove it
 * comes from the lead's owner (`verified` false) changes nothing else on an existing lead, so
 * this row is where what it said is kept; its consent statement waits here for the double
 * opt-in confirmation. Append-only apart from that confirmation.
 */
export const LeadTouch = model
  .define("lead_touch", {
    id: model.id({ prefix: "ltouch" }).primaryKey(),
    lead: model.belongsTo(() => Lead, { mappedBy: "touches" }),
    occurred_at: model.dateTime(),
    // A logged-in customer whose account e-mail is the lead's; false for anonymous callers
    verified: model.boolean().default(false),
    interest_type: model.enum([...LEAD_INTEREST_TYPES]).default("other"),
    // utm_*, gclid, fbclid, landing_page, referrer and `at`, as in lead.first_touch
    attribution: model.json().nullable(),
    // PII-redacted, like every free text the plugin keeps from an unverified source
    message: model.text().nullable(),
    ip_hash: model.text().nullable(),
    // The capture's marketing statement (null: the form did not ask) and what became of it
    consent_marketing: model.boolean().nullable(),
    consent_terms_version: model.text().nullable(),
    consent_state: model.enum([...LEAD_TOUCH_CONSENT_STATES]).nullable(),
    consent_expires_at: model.dateTime().nullable(),
    consent_confirmed_at: model.dateTime().nullable(),
  })
  .indexes([
    // Full (soft-deleted rows too): a lead's delete checks its foreign key, and LGPD requests find them all
    { name: "IDX_lead_touch_lead_id_all", on: ["lead_id"], where: null },
    { on: ["occurred_at"] },
  ])
