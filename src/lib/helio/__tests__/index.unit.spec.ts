import * as helio from ".."

describe("helio index", () => {
  it("exports the public API", () => {
    for (const name of [
      "HELIO_CONVERSATION_STATUSES",
      "CONVERSATION_TRANSITIONS",
      "assertConversationTransition",
      "normalizeTokens",
      "priceFor",
      "queryCost",
      "prepareQueryContent",
      "redactFreeText",
      "reviewFlags",
      "REVIEW_OUTCOMES",
      "ratio",
      "helioMetrics",
    ]) {
      expect(helio).toHaveProperty(name)
    }
  })
})
