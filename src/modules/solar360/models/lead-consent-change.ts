import { model } from "@medusajs/framework/utils"
import { CONSENT_CHANNELS, CONSENT_PURPOSES } from "../../../lib/leads"
import { Lead } from "./lead"

// The enumerations live in lib/leads (pure, shared with the validators).
export { CONSENT_CHANNELS, CONSENT_PURPOSES }

/**
 * One consent statement of a lead (LGPD art. 8: proof of consent and of its withdrawal):
 * what about, granted or not, where and when the person said it, who recorded it.
 * Append-only; the lead's consent_* columns hold the statement in force.
 */
export const LeadConsentChange = model
  .define("lead_consent_change", {
    id: model.id({ prefix: "lcc" }).primaryKey(),
    lead: model.belongsTo(() => Lead, { mappedBy: "consent_history" }),
    purpose: model.enum([...CONSENT_PURPOSES]),
    granted: model.boolean(),
    channel: model.enum([...CONSENT_CHANNELS]),
    // Where it happened: "unsubscribe link", "newsletter footer", a landing page
    source: model.text().nullable(),
    terms_version: model.text().nullable(),
    // When the person made the statement (may precede its recording: late deliveries)
    occurred_at: model.dateTime(),
    // The admin user or API key that recorded it; null for the storefront
    recorded_by: model.text().nullable(),
    note: model.text().nullable(),
  })
  .indexes([
    { on: ["occurred_at"] },
    // The latest statement of a purpose, read on every change
    { on: ["lead_id", "purpose", "occurred_at"] },
    // Full (soft-deleted rows too): a lead's delete checks its foreign key, and LGPD requests find them all
    { name: "IDX_lead_consent_change_lead_id_all", on: ["lead_id"], where: null },
  ])
