import { DomainError } from "../../errors"
import { PriceTable, normalizeTokens, priceFor, queryCost } from "../tokens-and-cost"

function errorOf(fn: () => unknown): DomainError {
  try {
    fn()
  } catch (error) {
    if (error instanceof DomainError) {
      return error
    }
    throw error
  }
  throw new Error("expected a DomainError, nothing was thrown")
}

const TABLE: PriceTable = {
  "gpt-4o": { inputPerMillion: 2.5, outputPerMillion: 10, cachedInputPerMillion: 1.25, version: "openai-2025-01" },
  "gpt-4o-mini": { inputPerMillion: 0.15, outputPerMillion: 0.6, cachedInputPerMillion: 0.075, version: "openai-2025-01" },
  "claude-3-5-sonnet": { inputPerMillion: 3, outputPerMillion: 15, version: "anthropic-2024-10" },
}

describe("normalizeTokens", () => {
  it("fills total = prompt + completion", () => {
    expect(normalizeTokens({ prompt_tokens: 1200, completion_tokens: 300 })).toEqual({
      prompt_tokens: 1200,
      completion_tokens: 300,
      cached_tokens: null,
      reasoning_tokens: null,
      total_tokens: 1500,
    })
  })

  it("does not add cached or reasoning to the total (they are subsets)", () => {
    const result = normalizeTokens({ prompt_tokens: 1000, completion_tokens: 500, cached_tokens: 800, reasoning_tokens: 400 })
    expect(result.total_tokens).toBe(1500)
    expect(result.cached_tokens).toBe(800)
    expect(result.reasoning_tokens).toBe(400)
  })

  it("accepts a matching total", () => {
    expect(normalizeTokens({ prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 }).total_tokens).toBe(15)
  })

  it("keeps a lone total and leaves missing parts null", () => {
    expect(normalizeTokens({ total_tokens: 42 })).toEqual({
      prompt_tokens: null,
      completion_tokens: null,
      cached_tokens: null,
      reasoning_tokens: null,
      total_tokens: 42,
    })
    expect(normalizeTokens({ prompt_tokens: 10 }).total_tokens).toBeNull()
  })

  it("returns all nulls for no counts", () => {
    expect(Object.values(normalizeTokens({}))).toEqual([null, null, null, null, null])
  })

  it("accepts cached == prompt and reasoning == completion, and zeros", () => {
    expect(() => normalizeTokens({ prompt_tokens: 5, cached_tokens: 5, completion_tokens: 3, reasoning_tokens: 3 })).not.toThrow()
    expect(normalizeTokens({ prompt_tokens: 0, completion_tokens: 0 }).total_tokens).toBe(0)
  })

  it.each([
    ["cached > prompt", { prompt_tokens: 100, cached_tokens: 101 }, "cached_tokens"],
    ["reasoning > completion", { completion_tokens: 50, reasoning_tokens: 51 }, "reasoning_tokens"],
    ["total != prompt + completion", { prompt_tokens: 10, completion_tokens: 5, total_tokens: 16 }, "total_tokens"],
    ["cached > total with unknown prompt", { total_tokens: 10, cached_tokens: 11 }, "cached_tokens"],
    ["reasoning > total with unknown completion", { total_tokens: 10, reasoning_tokens: 11 }, "reasoning_tokens"],
    ["total < prompt", { prompt_tokens: 20, total_tokens: 10 }, "total_tokens"],
    ["total < completion", { completion_tokens: 20, total_tokens: 10 }, "total_tokens"],
    ["negative count", { prompt_tokens: -1 }, "prompt_tokens"],
    ["fractional count", { completion_tokens: 1.5 }, "completion_tokens"],
    ["NaN", { cached_tokens: Number.NaN }, "cached_tokens"],
    ["Infinity", { total_tokens: Number.POSITIVE_INFINITY }, "total_tokens"],
    ["a numeric string", { prompt_tokens: "12" as unknown as number }, "prompt_tokens"],
  ])("throws helio_inconsistent_tokens for %s", (_label, counts, field) => {
    const error = errorOf(() => normalizeTokens(counts))
    expect(error.code).toBe("helio_inconsistent_tokens")
    expect(error.message).toContain(field)
  })
})

describe("priceFor", () => {
  it("matches an exact key", () => {
    expect(priceFor("gpt-4o", TABLE)).toBe(TABLE["gpt-4o"])
  })

  it("matches a dated snapshot by prefix", () => {
    expect(priceFor("gpt-4o-2024-08-06", TABLE)).toBe(TABLE["gpt-4o"])
    expect(priceFor("claude-3-5-sonnet-20241022", TABLE)).toBe(TABLE["claude-3-5-sonnet"])
  })

  it("prefers the longest matching prefix", () => {
    expect(priceFor("gpt-4o-mini-2024-07-18", TABLE)).toBe(TABLE["gpt-4o-mini"])
    expect(priceFor("gpt-4o-mini", TABLE)).toBe(TABLE["gpt-4o-mini"])
  })

  it("does not depend on key order", () => {
    const reversed: PriceTable = { "gpt-4o-mini": TABLE["gpt-4o-mini"], "gpt-4o": TABLE["gpt-4o"] }
    expect(priceFor("gpt-4o-mini-2024-07-18", reversed)).toBe(TABLE["gpt-4o-mini"])
    expect(priceFor("gpt-4o-2024-08-06", reversed)).toBe(TABLE["gpt-4o"])
  })

  it("returns null for unknown, empty or missing models", () => {
    expect(priceFor("llama-3.1-70b", TABLE)).toBeNull()
    expect(priceFor("gpt-4", TABLE)).toBeNull() // a key longer than the name is not a prefix of it
    expect(priceFor("", TABLE)).toBeNull()
    expect(priceFor(null, TABLE)).toBeNull()
    expect(priceFor(undefined, TABLE)).toBeNull()
  })

  it("is case-sensitive", () => {
    expect(priceFor("GPT-4o", TABLE)).toBeNull()
  })

  it("ignores inherited object properties and an empty key", () => {
    expect(priceFor("constructor", TABLE)).toBeNull()
    expect(priceFor("toString", {})).toBeNull()
    const withEmpty: PriceTable = { "": { inputPerMillion: 1, outputPerMillion: 1, version: "x" } }
    expect(priceFor("anything", withEmpty)).toBeNull()
  })
})

describe("queryCost", () => {
  it("uses a caller-sent cost as is", () => {
    expect(
      queryCost({ llm_model: "gpt-4o", prompt_tokens: 1000, completion_tokens: 100, estimated_cost_usd: 0.0123 }, TABLE)
    ).toEqual({ estimated_cost_usd: 0.0123, cost_source: "caller", price_version: null })
  })

  it("accepts a caller cost of zero (e.g. a free self-hosted model)", () => {
    expect(queryCost({ llm_model: "unknown", estimated_cost_usd: 0 }, {})).toEqual({
      estimated_cost_usd: 0,
      cost_source: "caller",
      price_version: null,
    })
  })

  it.each([[-0.01], [Number.NaN], [Number.POSITIVE_INFINITY]])("rejects caller cost %p with helio_invalid_cost", (cost) => {
    expect(errorOf(() => queryCost({ llm_model: "gpt-4o", estimated_cost_usd: cost }, TABLE)).code).toBe(
      "helio_invalid_cost"
    )
  })

  it("computes from the table with cached tokens at the cached price", () => {
    // (1000 - 400) * 2.5 + 400 * 1.25 + 200 * 10 = 1500 + 500 + 2000 = 4000 per 1e6 => 0.004
    expect(
      queryCost({ llm_model: "gpt-4o-2024-08-06", prompt_tokens: 1000, completion_tokens: 200, cached_tokens: 400 }, TABLE)
    ).toEqual({ estimated_cost_usd: 0.004, cost_source: "price_table", price_version: "openai-2025-01" })
  })

  it("charges cached tokens at the input price when the model has no cached price", () => {
    // (1000 - 400) * 3 + 400 * 3 + 200 * 15 = 3000 + 3000 = 6000 => 0.006
    expect(
      queryCost({ llm_model: "claude-3-5-sonnet-20241022", prompt_tokens: 1000, completion_tokens: 200, cached_tokens: 400 }, TABLE)
        .estimated_cost_usd
    ).toBe(0.006)
  })

  it("treats missing cached tokens as zero", () => {
    // 1000 * 0.15 + 500 * 0.6 = 450 => 0.00045
    expect(queryCost({ llm_model: "gpt-4o-mini", prompt_tokens: 1000, completion_tokens: 500 }, TABLE).estimated_cost_usd).toBe(
      0.00045
    )
  })

  it("rounds to 8 decimals", () => {
    // 7 * 0.15 + 3 * 0.6 = 2.85 per 1e6 => 0.00000285; 1 * 0.15 => 0.00000015
    expect(queryCost({ llm_model: "gpt-4o-mini", prompt_tokens: 7, completion_tokens: 3 }, TABLE).estimated_cost_usd).toBe(
      0.00000285
    )
    // 1 token * 0.075 (cached mini) = 0.000000075 => rounds to 0.00000008
    expect(
      queryCost({ llm_model: "gpt-4o-mini", prompt_tokens: 1, completion_tokens: 0, cached_tokens: 1 }, TABLE).estimated_cost_usd
    ).toBe(0.00000008)
  })

  it("returns unknown for a model not in the table", () => {
    expect(queryCost({ llm_model: "llama-3.1-70b", prompt_tokens: 10, completion_tokens: 10 }, TABLE)).toEqual({
      estimated_cost_usd: null,
      cost_source: "unknown",
      price_version: null,
    })
    expect(queryCost({ llm_model: null, prompt_tokens: 10, completion_tokens: 10 }, TABLE).cost_source).toBe("unknown")
  })

  it("returns unknown when a token count is missing", () => {
    expect(queryCost({ llm_model: "gpt-4o", prompt_tokens: 10 }, TABLE).cost_source).toBe("unknown")
    expect(queryCost({ llm_model: "gpt-4o", completion_tokens: 10 }, TABLE).estimated_cost_usd).toBeNull()
  })

  it("rejects inconsistent tokens instead of computing a negative cost", () => {
    expect(
      errorOf(() => queryCost({ llm_model: "gpt-4o", prompt_tokens: 10, completion_tokens: 1, cached_tokens: 11 }, TABLE)).code
    ).toBe("helio_inconsistent_tokens")
  })

  it("returns unknown rather than a nonsense cost from a malformed table entry", () => {
    const broken: PriceTable = { m: { inputPerMillion: Number.NaN, outputPerMillion: 1, version: "v" } }
    expect(queryCost({ llm_model: "m", prompt_tokens: 1, completion_tokens: 1 }, broken).cost_source).toBe("unknown")
  })
})

describe("normalizeTokens: what each inconsistency says", () => {
  const message = (counts: Parameters<typeof normalizeTokens>[0]) => {
    try {
      normalizeTokens(counts)
    } catch (error) {
      return `${(error as DomainError).code}: ${(error as Error).message}`
    }
    return null
  }
  const code = "helio_inconsistent_tokens"

  it.each([
    [{ prompt_tokens: 10, cached_tokens: 11 }, "cached_tokens (11) cannot exceed prompt_tokens (10): cached tokens are part of the prompt"],
    [{ total_tokens: 10, cached_tokens: 11 }, "cached_tokens (11) cannot exceed total_tokens (10): cached tokens are part of the prompt"],
    [{ completion_tokens: 5, reasoning_tokens: 6 }, "reasoning_tokens (6) cannot exceed completion_tokens (5): reasoning tokens are part of the completion"],
    [{ total_tokens: 5, reasoning_tokens: 6 }, "reasoning_tokens (6) cannot exceed total_tokens (5): reasoning tokens are part of the completion"],
    [{ prompt_tokens: 12, total_tokens: 10 }, "total_tokens (10) cannot be less than prompt_tokens (12)"],
    [{ completion_tokens: 12, total_tokens: 10 }, "total_tokens (10) cannot be less than completion_tokens (12)"],
    [{ prompt_tokens: -1 }, "prompt_tokens must be a non-negative integer, got -1"],
    [{ prompt_tokens: Number.NaN }, "prompt_tokens must be a non-negative integer, got null"],
    [{ prompt_tokens: "3" as unknown as number }, 'prompt_tokens must be a non-negative integer, got "3"'],
  ])("%p", (counts, text) => {
    expect(message(counts)).toBe(`${code}: ${text}`)
  })

  it("accepts subsets equal to their whole and a part equal to the total", () => {
    expect(normalizeTokens({ prompt_tokens: 10, cached_tokens: 10 }).cached_tokens).toBe(10)
    expect(normalizeTokens({ total_tokens: 10, cached_tokens: 10, reasoning_tokens: 10 }).total_tokens).toBe(10)
    expect(normalizeTokens({ prompt_tokens: 10, total_tokens: 10 }).total_tokens).toBe(10)
    // A subset with no whole to bound it is fine (null is no bound, not zero).
    expect(normalizeTokens({ reasoning_tokens: 6 }).reasoning_tokens).toBe(6)
    expect(normalizeTokens({ prompt_tokens: null, cached_tokens: 5 })).toEqual({
      prompt_tokens: null,
      completion_tokens: null,
      cached_tokens: 5,
      reasoning_tokens: null,
      total_tokens: null,
    })
  })
})
