import { model } from "@medusajs/framework/utils"

export const HELIO_CONVERSATION_STATUSES = [
  "active",
  "resolved",
  "abandoned",
  "escalated",
  "completed",
] as const

export const HELIO_CONVERSATION_INTENTS = [
  "buy",
  "learn",
  "compare",
  "support",
] as const

/**
 * A multi-turn conversation with the Helio assistant: counters, quality, cost, conversion
 * and the retention date after which its text must be gone.
 */
export const HelioConversation = model
  .define("helio_conversation", {
    id: model.id({ prefix: "hconv" }).primaryKey(),

    // Metadata
    title: model.text().nullable(),
    summary: model.text().nullable(),
    status: model.enum([...HELIO_CONVERSATION_STATUSES]).default("active"),
    channel: model.text().nullable(),
    started_at: model.dateTime().nullable(),
    ended_at: model.dateTime().nullable(),
    last_message_at: model.dateTime().nullable(),

    // Counters
    message_count: model.number().default(0),
    user_message_count: model.number().default(0),
    helio_message_count: model.number().default(0),

    // Engagement
    duration_seconds: model.number().nullable(),
    avg_response_time_ms: model.number().nullable(),
    // Sum and count behind avg_response_time_ms, kept by the database with each logged query.
    response_time_total_ms: model.number().default(0),
    timed_response_count: model.number().default(0),
    user_satisfaction: model.text().nullable(),
    satisfaction_score: model.number().nullable(),
    satisfaction_comment: model.text().nullable(),
    satisfaction_at: model.dateTime().nullable(),

    // Resolution
    issue_resolved: model.boolean().default(false),
    resolution_type: model.text().nullable(),

    // Conversion
    led_to_purchase: model.boolean().default(false),
    products_recommended: model.json().nullable(),
    products_purchased: model.json().nullable(),
    order_id: model.text().nullable(),
    order_value: model.bigNumber().nullable(),
    lead_generated: model.boolean().default(false),
    lead_id: model.text().nullable(),

    // Topics
    topics: model.json().nullable(),
    primary_topic: model.text().nullable(),
    intent: model.enum([...HELIO_CONVERSATION_INTENTS]).nullable(),

    // Quality
    quality_score: model.number().nullable(),
    had_hallucinations: model.boolean().default(false),
    had_errors: model.boolean().default(false),
    needed_clarification: model.boolean().default(false),

    // Costs
    total_tokens_used: model.number().default(0),
    total_cost_usd: model.bigNumber().nullable(),

    // Escalation
    escalated_to_human: model.boolean().default(false),
    escalation_reason: model.text().nullable(),
    escalated_at: model.dateTime().nullable(),
    assigned_to: model.text().nullable(),

    // Compliance
    contains_pii: model.boolean().default(false),
    pii_redacted: model.boolean().default(false),
    data_retention_until: model.dateTime().nullable(),
    user_requested_deletion: model.boolean().default(false),
    content_blanked_at: model.dateTime().nullable(),
    // SHA-256 of the token the storefront holds to read this conversation and send feedback.
    session_token_hash: model.text().nullable(),
    // SHA-256 of the assistant's Idempotency-Key: a retried start answers the same conversation.
    idempotency_key_hash: model.text().nullable(),

    // Context
    customer_id: model.text().nullable(),
    session_id: model.text().nullable(),
  })
  // `where: null` = a full index: data-subject requests and retention reach soft-deleted rows too.
  .indexes([
    { on: ["status"] },
    { name: "IDX_helio_conversation_customer_id_all", on: ["customer_id"], where: null },
    { name: "IDX_helio_conversation_lead_id_all", on: ["lead_id"], where: null },
    { on: ["order_id"] },
    { name: "IDX_helio_conversation_session_id_all", on: ["session_id"], where: null },
    { on: ["data_retention_until"] },
    // Full (soft-deleted rows too): the data-health page counts rows written per day and the
    // retention deletes soft-deleted rows as well.
    { name: "IDX_helio_conversation_created_at_all", on: ["created_at"], where: null },
    { on: ["last_message_at"] },
    { on: ["idempotency_key_hash"], unique: true, where: "idempotency_key_hash IS NOT NULL" },
  ])
