import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeTokens, prepareQueryContent, queryCost, reviewFlags } from "../../../lib/helio"
import {
  asInvalidData,
  SOLAR360_MODULE,
  type PreparedRagQuery,
  type Solar360ModuleService,
} from "../../../modules/solar360"

export type RagQueryLog = {
  message_id?: string | null
  query_text: string
  query_language?: string | null
  query_type?: string | null
  embedding_model?: string | null
  query_embedding?: number[] | null
  retrieved_chunks?: Array<{ id: string; score?: number | null; source?: string | null; text?: string | null }> | null
  vector_db?: string | null
  vector_search_time_ms?: number | null
  retrieval_time_ms?: number | null
  llm_model?: string | null
  llm_temperature?: number | null
  prompt?: string | null
  response?: string | null
  llm_response_time_ms?: number | null
  total_response_time_ms?: number | null
  time_to_first_token_ms?: number | null
  prompt_tokens?: number | null
  completion_tokens?: number | null
  cached_tokens?: number | null
  reasoning_tokens?: number | null
  total_tokens?: number | null
  estimated_cost_usd?: number | null
  confidence_score?: number | null
  quality_score?: number | null
  recommended_products?: Array<{ product_id: string; score?: number | null }> | null
  customer_id?: string | null
  session_id?: string | null
}

export type LogRagQueriesInput = { conversation_id: string; queries: RagQueryLog[] }

/**
 * Turns what the assistant sent into what may be stored: PII redacted (or content dropped
 * when capture is off), token counts checked, cost from the caller or the price table,
 * review flags. Pure and all-or-nothing: one bad query refuses the batch before any write.
 */
function prepare(query: RagQueryLog, solar360: Solar360ModuleService): PreparedRagQuery {
  const { helio } = solar360.options
  const content = prepareQueryContent(
    {
      query_text: query.query_text,
      prompt: query.prompt,
      response: query.response,
      retrieved_chunks: query.retrieved_chunks,
      query_embedding: query.query_embedding,
    },
    // An embedding is computed from the raw text and partly reveals it: off with the content.
    { captureContent: helio.captureContent, captureEmbeddings: helio.captureContent && helio.captureEmbeddings }
  )
  const tokens = normalizeTokens({
    prompt_tokens: query.prompt_tokens ?? undefined,
    completion_tokens: query.completion_tokens ?? undefined,
    cached_tokens: query.cached_tokens ?? undefined,
    reasoning_tokens: query.reasoning_tokens ?? undefined,
    total_tokens: query.total_tokens ?? undefined,
  })
  const cost = queryCost(
    {
      llm_model: query.llm_model ?? null,
      prompt_tokens: tokens.prompt_tokens ?? null,
      completion_tokens: tokens.completion_tokens ?? null,
      cached_tokens: tokens.cached_tokens ?? null,
      estimated_cost_usd: query.estimated_cost_usd ?? null,
    },
    helio.prices
  )
  const flags = reviewFlags(
    { confidence_score: query.confidence_score ?? null, contains_pii: content.contains_pii, user_feedback: null },
    helio.reviewConfidenceThreshold
  )
  const chunks = query.retrieved_chunks ?? null
  const products = query.recommended_products ?? null
  return {
    message_id: query.message_id ?? null,
    query_language: query.query_language ?? null,
    query_type: query.query_type ?? null,
    embedding_model: query.embedding_model ?? null,
    vector_db: query.vector_db ?? null,
    vector_search_time_ms: query.vector_search_time_ms ?? null,
    retrieval_time_ms: query.retrieval_time_ms ?? null,
    llm_model: query.llm_model ?? null,
    llm_temperature: query.llm_temperature ?? null,
    llm_response_time_ms: query.llm_response_time_ms ?? null,
    total_response_time_ms: query.total_response_time_ms ?? null,
    time_to_first_token_ms: query.time_to_first_token_ms ?? null,
    ...tokens,
    ...cost,
    confidence_score: query.confidence_score ?? null,
    quality_score: query.quality_score ?? null,
    ...content,
    retrieval_scores: chunks ? chunks.map((chunk) => chunk.score ?? null) : null,
    chunks_retrieved_count: chunks ? chunks.length : null,
    recommended_products: products,
    product_scores: products
      ? Object.fromEntries(products.filter((p) => p.score !== undefined && p.score !== null).map((p) => [p.product_id, p.score]))
      : null,
    ...flags,
    customer_id: query.customer_id ?? null,
    session_id: query.session_id ?? null,
  } as PreparedRagQuery
}

export const logRagQueriesStep = createStep(
  "log-rag-queries",
  async (input: LogRagQueriesInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const prepared = asInvalidData(() => input.queries.map((query) => prepare(query, solar360)))
    // One transaction: the inserts and the counter updates commit together or not at all.
    const logged = await solar360.logRagQueries(input.conversation_id, prepared)
    return new StepResponse(logged)
  }
)
