import { DomainError } from "../errors"
import { roundTo } from "./round"

/**
 * Token semantics, as OpenAI (`usage.prompt_tokens_details.cached_tokens`,
 * `usage.completion_tokens_details.reasoning_tokens`) and Anthropic (cache reads reported
 * next to input tokens; callers add them into prompt_tokens) report usage:
 *
 * - `prompt_tokens` INCLUDES `cached_tokens` (cached is the part of the prompt served from
 *   the provider's prompt cache, billed at the cached-input price when there is one);
 * - `completion_tokens` INCLUDES `reasoning_tokens` (hidden reasoning is billed as output);
 * - `total_tokens = prompt_tokens + completion_tokens` (cached and reasoning are never
 *   added again).
 *
 * Every count is a non-negative integer or absent (null / undefined).
 */
export interface TokenCounts {
  prompt_tokens?: number | null
  completion_tokens?: number | null
  cached_tokens?: number | null
  reasoning_tokens?: number | null
  total_tokens?: number | null
}

export interface NormalizedTokenCounts {
  prompt_tokens: number | null
  completion_tokens: number | null
  cached_tokens: number | null
  reasoning_tokens: number | null
  total_tokens: number | null
}

const TOKEN_FIELDS = [
  "prompt_tokens",
  "completion_tokens",
  "cached_tokens",
  "reasoning_tokens",
  "total_tokens",
] as const

function inconsistent(message: string): DomainError {
  return new DomainError("helio_inconsistent_tokens", message)
}

/**
 * Validates token counts against the semantics above and fills `total_tokens` when both
 * prompt and completion are known. Absent counts come back as null.
 * Throws `helio_inconsistent_tokens` on a negative or non-integer count, cached > prompt,
 * reasoning > completion, or a total that disagrees with prompt + completion.
 */
export function normalizeTokens(counts: TokenCounts): NormalizedTokenCounts {
  const out: NormalizedTokenCounts = {
    prompt_tokens: null,
    completion_tokens: null,
    cached_tokens: null,
    reasoning_tokens: null,
    total_tokens: null,
  }
  for (const field of TOKEN_FIELDS) {
    const value: unknown = counts[field]
    if (value === null || value === undefined) {
      continue
    }
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
      throw inconsistent(`${field} must be a non-negative integer, got ${JSON.stringify(value) ?? String(value)}`)
    }
    out[field] = value
  }

  const { prompt_tokens: prompt, completion_tokens: completion, cached_tokens: cached, reasoning_tokens: reasoning } = out
  let total = out.total_tokens

  // Subsets cannot exceed their whole; when the whole is unknown the total still bounds them.
  const promptBound = prompt ?? total
  if (cached !== null && promptBound !== null && cached > promptBound) {
    throw inconsistent(
      `cached_tokens (${cached}) cannot exceed ${prompt !== null ? "prompt_tokens" : "total_tokens"} (${promptBound}): cached tokens are part of the prompt`
    )
  }
  const completionBound = completion ?? total
  if (reasoning !== null && completionBound !== null && reasoning > completionBound) {
    throw inconsistent(
      `reasoning_tokens (${reasoning}) cannot exceed ${completion !== null ? "completion_tokens" : "total_tokens"} (${completionBound}): reasoning tokens are part of the completion`
    )
  }

  if (prompt !== null && completion !== null) {
    const sum = prompt + completion
    if (total !== null && total !== sum) {
      throw inconsistent(
        `total_tokens (${total}) must equal prompt_tokens + completion_tokens (${prompt} + ${completion} = ${sum})`
      )
    }
    total = sum
  } else if (total !== null) {
    const part = prompt ?? completion
    if (part !== null && part > total) {
      throw inconsistent(
        `total_tokens (${total}) cannot be less than ${prompt !== null ? "prompt_tokens" : "completion_tokens"} (${part})`
      )
    }
  }
  out.total_tokens = total
  return out
}

export type ModelPrice = {
  /** USD per million uncached prompt tokens. */
  inputPerMillion: number
  /** USD per million completion tokens (reasoning included). */
  outputPerMillion: number
  /** USD per million cached prompt tokens; the input price when absent. */
  cachedInputPerMillion?: number
  /** Which price list this entry came from (stored with the cost so it can be audited). */
  version: string
}

export type PriceTable = Record<string, ModelPrice>

/**
 * The price for a model: the exact key, else the longest key that is a prefix of the model
 * name (dated snapshots such as "gpt-4o-2024-08-06" use the "gpt-4o" entry, while
 * "gpt-4o-mini-2024-07-18" uses "gpt-4o-mini" when both exist), else null.
 * Note: matching is a plain prefix, so a "gpt-4" entry would also price "gpt-4o" models when
 * no "gpt-4o" entry exists; keep the table specific.
 */
export function priceFor(model: string | null | undefined, table: PriceTable): ModelPrice | null {
  if (typeof model !== "string" || model.length === 0 || !table) {
    return null
  }
  if (Object.prototype.hasOwnProperty.call(table, model)) {
    return table[model]
  }
  let bestKey: string | null = null
  for (const key of Object.keys(table)) {
    if (key.length > 0 && model.startsWith(key) && (bestKey === null || key.length > bestKey.length)) {
      bestKey = key
    }
  }
  return bestKey === null ? null : table[bestKey]
}

export const HELIO_COST_SOURCES = ["caller", "price_table", "unknown"] as const

export type HelioCostSource = (typeof HELIO_COST_SOURCES)[number]

export interface QueryCostInput {
  llm_model?: string | null
  prompt_tokens?: number | null
  completion_tokens?: number | null
  cached_tokens?: number | null
  estimated_cost_usd?: number | null
}

export interface QueryCost {
  estimated_cost_usd: number | null
  cost_source: HelioCostSource
  price_version: string | null
}

/**
 * The cost of one query. A cost sent by the caller (>= 0) wins; otherwise it is computed
 * from the price table:
 *   ((prompt - cached) * input + cached * (cachedInput ?? input) + completion * output) / 1e6
 * rounded to 8 decimals. An unknown model or missing prompt/completion counts give a null
 * cost with source "unknown". Throws `helio_invalid_cost` for a negative or non-finite caller
 * cost and `helio_inconsistent_tokens` for counts `normalizeTokens` rejects.
 */
export function queryCost(input: QueryCostInput, table: PriceTable): QueryCost {
  const callerCost: unknown = input.estimated_cost_usd
  if (callerCost !== null && callerCost !== undefined) {
    if (typeof callerCost !== "number" || !Number.isFinite(callerCost) || callerCost < 0) {
      throw new DomainError(
        "helio_invalid_cost",
        `estimated_cost_usd must be a finite number >= 0, got ${JSON.stringify(callerCost) ?? String(callerCost)}`
      )
    }
    return { estimated_cost_usd: callerCost, cost_source: "caller", price_version: null }
  }

  const tokens = normalizeTokens({
    prompt_tokens: input.prompt_tokens,
    completion_tokens: input.completion_tokens,
    cached_tokens: input.cached_tokens,
  })
  const price = priceFor(input.llm_model, table)
  if (!price || tokens.prompt_tokens === null || tokens.completion_tokens === null) {
    return { estimated_cost_usd: null, cost_source: "unknown", price_version: null }
  }
  const cached = tokens.cached_tokens ?? 0
  const uncached = tokens.prompt_tokens - cached
  const micro =
    uncached * price.inputPerMillion +
    cached * (price.cachedInputPerMillion ?? price.inputPerMillion) +
    tokens.completion_tokens * price.outputPerMillion
  const cost = roundTo(micro / 1e6, 8)
  if (!Number.isFinite(cost) || cost < 0) {
    // A malformed table entry must not store a nonsense cost.
    return { estimated_cost_usd: null, cost_source: "unknown", price_version: null }
  }
  return { estimated_cost_usd: cost, cost_source: "price_table", price_version: price.version }
}
