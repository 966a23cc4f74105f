import { REVIEW_FLAG_REASONS, REVIEW_OUTCOMES, reviewFlags } from "../review"

describe("reviewFlags", () => {
  it("does not flag a confident, clean, positively rated answer", () => {
    expect(reviewFlags({ confidence_score: 0.9, contains_pii: false, user_feedback: "positive" }, 0.7)).toEqual({
      flagged_for_review: false,
      flag_reason: null,
    })
  })

  it("flags low confidence strictly below the threshold", () => {
    expect(reviewFlags({ confidence_score: 0.69, contains_pii: false }, 0.7)).toEqual({
      flagged_for_review: true,
      flag_reason: "low_confidence",
    })
    expect(reviewFlags({ confidence_score: 0.7, contains_pii: false }, 0.7).flagged_for_review).toBe(false)
  })

  it("does not treat a missing confidence as low", () => {
    expect(reviewFlags({ confidence_score: null, contains_pii: false }, 0.7).flagged_for_review).toBe(false)
    expect(reviewFlags({ contains_pii: false }, 0.7).flagged_for_review).toBe(false)
  })

  it("flags PII", () => {
    expect(reviewFlags({ contains_pii: true }, 0.7)).toEqual({ flagged_for_review: true, flag_reason: "pii_detected" })
  })

  it("flags negative feedback only", () => {
    expect(reviewFlags({ contains_pii: false, user_feedback: "negative" }, 0.7).flag_reason).toBe("negative_feedback")
    expect(reviewFlags({ contains_pii: false, user_feedback: "neutral" }, 0.7).flagged_for_review).toBe(false)
  })

  it("joins several reasons with ', ' in a fixed order", () => {
    expect(reviewFlags({ user_feedback: "negative", contains_pii: true, confidence_score: 0.1 }, 0.5)).toEqual({
      flagged_for_review: true,
      flag_reason: "low_confidence, pii_detected, negative_feedback",
    })
    expect(reviewFlags({ user_feedback: "negative", contains_pii: false, confidence_score: 0.1 }, 0.5).flag_reason).toBe(
      "low_confidence, negative_feedback"
    )
  })

  it("never flags low confidence with a threshold of 0", () => {
    expect(reviewFlags({ confidence_score: 0, contains_pii: false }, 0).flagged_for_review).toBe(false)
  })
})

describe("review constants", () => {
  it("lists the outcomes and reasons", () => {
    expect(REVIEW_OUTCOMES).toEqual(["approved", "corrected", "rejected"])
    expect(REVIEW_FLAG_REASONS).toEqual(["low_confidence", "pii_detected", "negative_feedback"])
  })
})
