import { model } from "@medusajs/framework/utils"

export const RAG_USER_FEEDBACK = ["positive", "negative", "neutral"] as const
export const RAG_REVIEW_OUTCOMES = ["approved", "corrected", "rejected"] as const
export const RAG_COST_SOURCES = ["caller", "price_table", "unknown"] as const

/**
 * One retrieval-augmented query answered by the Helio assistant: the audit trail that
 * LGPD art. 20 and the EU AI Act expect (what was asked, what was retrieved, what the model
 * answered, at what cost, and whether a human reviewed it).
 */
export const RagQuery = model
  .define("rag_query", {
    id: model.id({ prefix: "ragq" }).primaryKey(),
    // The assistant's own id for this answer: logging it again (a retry) changes nothing.
    message_id: model.text().nullable(),

    // Query
    // Null when content capture is off or after the content retention blanked it.
    query_text: model.text().nullable(),
    query_language: model.text().nullable(),
    query_type: model.text().nullable(),

    // Embeddings
    query_embedding: model.json().nullable(),
    embedding_model: model.text().nullable(),

    // Retrieval
    retrieved_chunks: model.json().nullable(),
    retrieval_scores: model.json().nullable(),
    chunks_retrieved_count: model.number().nullable(),
    vector_db: model.text().nullable(),
    vector_search_time_ms: model.number().nullable(),
    // Whole retrieval step (embedding + vector search + rerank).
    retrieval_time_ms: model.number().nullable(),

    // LLM
    llm_model: model.text().nullable(),
    llm_temperature: model.bigNumber().nullable(),
    prompt: model.text().nullable(),
    response: model.text().nullable(),
    llm_response_time_ms: model.number().nullable(),
    total_response_time_ms: model.number().nullable(),
    time_to_first_token_ms: model.number().nullable(),

    // Tokens and cost
    prompt_tokens: model.number().nullable(),
    completion_tokens: model.number().nullable(),
    total_tokens: model.number().nullable(),
    // Subsets of prompt_tokens (cached) and completion_tokens (reasoning), as providers report them.
    cached_tokens: model.number().nullable(),
    reasoning_tokens: model.number().nullable(),
    estimated_cost_usd: model.bigNumber().nullable(),
    cost_source: model.enum([...RAG_COST_SOURCES]).nullable(),
    price_version: model.text().nullable(),

    // Quality
    confidence_score: model.bigNumber().nullable(),
    quality_score: model.bigNumber().nullable(),
    user_feedback: model.enum([...RAG_USER_FEEDBACK]).nullable(),
    user_feedback_comment: model.text().nullable(),
    user_feedback_at: model.dateTime().nullable(),

    // Products
    recommended_products: model.json().nullable(),
    product_scores: model.json().nullable(),

    // Compliance
    contains_pii: model.boolean().default(false),
    pii_redacted: model.boolean().default(false),
    pii_types: model.json().nullable(),
    reviewed_by_human: model.boolean().default(false),
    reviewed_by: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    review_outcome: model.enum([...RAG_REVIEW_OUTCOMES]).nullable(),
    review_notes: model.text().nullable(),
    flagged_for_review: model.boolean().default(false),
    flag_reason: model.text().nullable(),
    // False when logged with content capture off (metrics only, per the OTel GenAI conventions).
    content_captured: model.boolean().default(true),
    content_blanked_at: model.dateTime().nullable(),

    // Context
    customer_id: model.text().nullable(),
    conversation_id: model.text().nullable(),
    session_id: model.text().nullable(),
    ip_hash: model.text().nullable(),
  })
  // `where: null` = a full index: data-subject requests and retention reach soft-deleted rows too.
  .indexes([
    { name: "IDX_rag_query_customer_id_all", on: ["customer_id"], where: null },
    { name: "IDX_rag_query_conversation_id_all", on: ["conversation_id"], where: null },
    { name: "IDX_rag_query_session_id_all", on: ["session_id"], where: null },
    { on: ["flagged_for_review"] },
    // Full (soft-deleted rows too): the data-health page counts rows written per day and the
    // retention deletes soft-deleted rows as well.
    { name: "IDX_rag_query_created_at_all", on: ["created_at"], where: null },
    { on: ["llm_model"] },
    { on: ["reviewed_by_human"] },
    { on: ["conversation_id", "message_id"], unique: true, where: "message_id IS NOT NULL" },
  ])
