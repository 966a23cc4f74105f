import { model } from "@medusajs/framework/utils"

/**
 * Internal: a credential for the AI assistant's logging (Helio conversation start/update and
 * RAG query logging only), like an observability SDK key: created and revoked in the admin,
 * shown once, stored as its SHA-256 only. It opens no other admin route.
 */
export const IngestionKey = model
  .define("solar360_ingestion_key", {
    id: model.id({ prefix: "s360ikey" }).primaryKey(),
    title: model.text(),
    // SHA-256 (hex) of the whole key; the key itself is never stored.
    token_hash: model.text(),
    // What the admin sees to tell keys apart: the prefix and the last four characters.
    redacted: model.text(),
    scope: model.enum(["helio_logging"]).default("helio_logging"),
    created_by: model.text().nullable(),
    revoked_at: model.dateTime().nullable(),
    revoked_by: model.text().nullable(),
    last_used_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["token_hash"], unique: true }])
