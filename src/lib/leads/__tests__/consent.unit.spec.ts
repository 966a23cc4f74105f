import {
  captureChangesConsent,
  CONSENT_MAX_CLOCK_SKEW_MS,
  consentChangeOverrides,
  isConsentTimeAcceptable,
  leadConsentUpdate,
} from "../consent"

const now = new Date("2026-05-10T12:00:00Z")
const earlier = new Date("2026-05-09T08:00:00Z")

describe("consentChangeOverrides", () => {
  it("applies the first statement of a purpose", () => {
    expect(consentChangeOverrides(earlier, null)).toBe(true)
    expect(consentChangeOverrides(earlier, undefined)).toBe(true)
  })

  it("applies a newer statement and keeps an older one out of the current state", () => {
    expect(consentChangeOverrides(now, earlier)).toBe(true)
    expect(consentChangeOverrides(earlier, now)).toBe(false)
  })

  it("lets the statement recorded last win a tie", () => {
    expect(consentChangeOverrides(now, new Date(now))).toBe(true)
  })

  it("accepts ISO strings (workflow inputs are serialised)", () => {
    expect(consentChangeOverrides(earlier.toISOString(), now.toISOString())).toBe(false)
    expect(consentChangeOverrides(now.toISOString(), earlier)).toBe(true)
  })
})

describe("isConsentTimeAcceptable", () => {
  it("accepts the past and up to five minutes of clock skew, not more", () => {
    expect(isConsentTimeAcceptable(earlier, now)).toBe(true)
    expect(isConsentTimeAcceptable(new Date(now.getTime() + CONSENT_MAX_CLOCK_SKEW_MS), now)).toBe(true)
    expect(isConsentTimeAcceptable(new Date(now.getTime() + CONSENT_MAX_CLOCK_SKEW_MS + 1), now)).toBe(false)
  })
})

describe("leadConsentUpdate", () => {
  it("sets marketing consent and its time, leaving the terms alone", () => {
    expect(leadConsentUpdate({ purpose: "marketing", granted: false, occurred_at: now, terms_version: "v2" })).toEqual({
      consent_marketing: false,
      consent_at: now,
    })
  })

  it("sets the accepted terms version, and clears it when acceptance is withdrawn", () => {
    expect(leadConsentUpdate({ purpose: "terms", granted: true, occurred_at: now, terms_version: "2026-05" })).toEqual({
      consent_terms_version: "2026-05",
      consent_at: now,
    })
    expect(leadConsentUpdate({ purpose: "terms", granted: false, occurred_at: now, terms_version: "2026-05" })).toEqual({
      consent_terms_version: null,
      consent_at: now,
    })
  })
})

describe("captureChangesConsent", () => {
  const stated = { consent_marketing: true, consent_at: earlier, consent_terms_version: "v1" }

  it("records nothing when the form did not ask", () => {
    expect(captureChangesConsent(null, {})).toBe(false)
    expect(captureChangesConsent(stated, { consent_terms_version: "v2" })).toBe(false)
  })

  it("records a new lead's statement, granted or refused", () => {
    expect(captureChangesConsent(null, { consent_marketing: true })).toBe(true)
    expect(captureChangesConsent(null, { consent_marketing: false })).toBe(true)
  })

  it("records the first explicit statement on a lead that never made one", () => {
    expect(
      captureChangesConsent({ consent_marketing: false, consent_at: null }, { consent_marketing: false })
    ).toBe(true)
  })

  it("records a changed answer or a newly accepted terms version, not a repeat", () => {
    expect(captureChangesConsent(stated, { consent_marketing: false, consent_terms_version: "v1" })).toBe(true)
    expect(captureChangesConsent(stated, { consent_marketing: true, consent_terms_version: "v2" })).toBe(true)
    expect(captureChangesConsent(stated, { consent_marketing: true, consent_terms_version: "v1" })).toBe(false)
    expect(captureChangesConsent(stated, { consent_marketing: true })).toBe(false)
  })
})
