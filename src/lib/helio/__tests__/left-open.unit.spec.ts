// The survivors the first mutation pass over src/lib/helio left open (docs/testing.md,
// "Mutation testing"): the transition messages, the guards of priceFor, and the caller-cost
// refusal of queryCost.
import { assertConversationTransition } from "../conversation-status"
import { PriceTable, priceFor, queryCost } from "../tokens-and-cost"
import { thrown } from "../../solar/__tests__/thrown-code"

const EXPECTED = "expected one of active, resolved, abandoned, escalated, completed"

describe("assertConversationTransition: what it says", () => {
  it("names which side's status it does not know", () => {
    expect(thrown(() => assertConversationTransition("open", "active"))).toEqual({
      code: "helio_invalid_transition",
      message: `Unknown current conversation status "open"; ${EXPECTED}`,
    })
    expect(thrown(() => assertConversationTransition("active", "closed"))).toEqual({
      code: "helio_invalid_transition",
      message: `Unknown target conversation status "closed"; ${EXPECTED}`,
    })
    expect(thrown(() => assertConversationTransition("active", 7 as never))).toEqual({
      code: "helio_invalid_transition",
      message: `Unknown target conversation status 7; ${EXPECTED}`,
    })
  })

  it("names the move it refuses and the moves it allows", () => {
    expect(thrown(() => assertConversationTransition("abandoned", "resolved"))).toEqual({
      code: "helio_invalid_transition",
      message: 'A conversation cannot move from "abandoned" to "resolved"; allowed from "abandoned": active, completed',
    })
    expect(thrown(() => assertConversationTransition("completed", "active"))).toEqual({
      code: "helio_invalid_transition",
      message: 'A conversation cannot move from "completed" to "active"; allowed from "completed": none (final state)',
    })
  })

  it("says what an escalation needs", () => {
    expect(thrown(() => assertConversationTransition("active", "escalated", { escalation_reason: " " }))).toEqual({
      code: "helio_escalation_reason_required",
      message: "Escalating a conversation to a human requires a non-empty escalation_reason",
    })
  })
})

describe("priceFor: guards", () => {
  const price = { inputPerMillion: 1, outputPerMillion: 2, version: "v1" }

  it("prices no model name that is empty or not text, even where a key would match it", () => {
    // An empty-key entry is a misconfiguration; an empty name must not pick it up.
    expect(priceFor("", { "": price })).toBeNull()
    // A numeric model id would match the key "42" by property lookup.
    expect(priceFor(42 as never, { "42": price })).toBeNull()
  })

  it("prices nothing without a table", () => {
    expect(priceFor("gpt-4o", null as never)).toBeNull()
    expect(priceFor("gpt-4o", undefined as never)).toBeNull()
  })
})

describe("queryCost: the caller's cost", () => {
  const TABLE: PriceTable = { m: { inputPerMillion: 1, outputPerMillion: 2, version: "v1" } }

  it("computes from the table when the caller sends null", () => {
    expect(queryCost({ llm_model: "m", prompt_tokens: 1000, completion_tokens: 500, estimated_cost_usd: null }, TABLE)).toEqual({
      estimated_cost_usd: 0.002,
      cost_source: "price_table",
      price_version: "v1",
    })
  })

  it("stores a computed cost of zero (no tokens) as a price-table cost", () => {
    expect(queryCost({ llm_model: "m", prompt_tokens: 0, completion_tokens: 0 }, TABLE)).toEqual({
      estimated_cost_usd: 0,
      cost_source: "price_table",
      price_version: "v1",
    })
  })

  it("stores no cost from a table entry with a negative price", () => {
    const broken: PriceTable = { m: { inputPerMillion: -1, outputPerMillion: 0, version: "v1" } }
    expect(queryCost({ llm_model: "m", prompt_tokens: 1000, completion_tokens: 0 }, broken)).toEqual({
      estimated_cost_usd: null,
      cost_source: "unknown",
      price_version: null,
    })
  })

  it.each<[unknown, string]>([
    [-0.01, "-0.01"],
    ["0.5", '"0.5"'],
    [Number.NaN, "null"],
    [Symbol("cost"), "Symbol(cost)"],
  ])("refuses %p quoting it", (cost, shown) => {
    expect(thrown(() => queryCost({ llm_model: "m", estimated_cost_usd: cost as number }, TABLE))).toEqual({
      code: "helio_invalid_cost",
      message: `estimated_cost_usd must be a finite number >= 0, got ${shown}`,
    })
  })
})
