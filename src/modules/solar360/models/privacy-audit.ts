import { model } from "@medusajs/framework/utils"

export const PRIVACY_AUDIT_ACTIONS = ["export", "erase"] as const
export const PRIVACY_ERASE_MODES = ["anonymise", "delete"] as const

/**
 * Internal: one data-subject request handled (LGPD art. 18 access/portability or deletion).
 * Holds no personal data of the subject: identifiers only as keyed hashes, the reason
 * PII-redacted, and counts per model.
 */
export const PrivacyAudit = model
  .define("solar360_privacy_audit", {
    id: model.id({ prefix: "paud" }).primaryKey(),
    action: model.enum([...PRIVACY_AUDIT_ACTIONS]),
    mode: model.enum([...PRIVACY_ERASE_MODES]).nullable(),
    format: model.text().nullable(),
    // Who: "user" | "api-key" and their id (the operator's accountability, not the subject's data)
    actor_type: model.text().nullable(),
    actor_id: model.text().nullable(),
    // { email: [hash], ... }: HMAC-SHA256 of "kind:normalised value" with the store's identifier key
    identifier_hashes: model.json(),
    counts: model.json(),
    reason: model.text().nullable(),
    idempotency_key_hash: model.text().nullable(),
    completed_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["action"] },
    // Full (soft-deleted rows too): the data-health page counts rows written per day and the
    // retention deletes soft-deleted rows as well.
    { name: "IDX_solar360_privacy_audit_created_at_all", on: ["created_at"], where: null },
    { on: ["idempotency_key_hash"], unique: true, where: "idempotency_key_hash IS NOT NULL" },
  ])
