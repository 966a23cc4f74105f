import { mergeCaptureIntoLead, newLeadFromCapture, touchFromCapture } from "../capture"

const at = new Date("2026-05-10T12:00:00Z")
const later = new Date("2026-05-12T09:30:00Z")

describe("touchFromCapture", () => {
  it("keeps only the attribution fields that were given", () => {
    expect(
      touchFromCapture({ interest_type: "quote", utm_source: "google", gclid: "abc", referrer: null }, at)
    ).toEqual({ at: "2026-05-10T12:00:00.000Z", utm_source: "google", gclid: "abc" })
  })
})

describe("newLeadFromCapture", () => {
  it("uses the same touch as first and last, one touch, one interest", () => {
    const lead = newLeadFromCapture(
      { interest_type: "solar", email: "a@b.com", utm_campaign: "verao", consent_marketing: true, consent_terms_version: "v1" },
      at
    )
    expect(lead.first_touch).toEqual(lead.last_touch)
    expect(lead).toMatchObject({
      touch_count: 1,
      interests: ["solar"],
      utm_campaign: "verao",
      consent_marketing: true,
      consent_terms_version: "v1",
      consent_at: at,
      first_touch_at: at,
    })
  })

  it("flags a lead without a consent statement: no consent, no consent date", () => {
    const lead = newLeadFromCapture({ interest_type: "chat", phone: "+5511987654321" }, at)
    expect(lead.consent_marketing).toBe(false)
    expect(lead.consent_at).toBeNull()
  })
})

describe("mergeCaptureIntoLead", () => {
  const existing = {
    name: "Ana",
    email: "ana@example.com",
    phone: null,
    interest_type: "quote",
    interests: ["quote"],
    touch_count: 1,
    first_touch: { at: at.toISOString(), utm_campaign: "verao" },
    customer_id: null,
  }

  it("keeps the first touch, replaces the last, appends a new interest and counts the touch", () => {
    const update = mergeCaptureIntoLead(
      existing,
      { interest_type: "financing", email: "ana@example.com", utm_campaign: "bf", utm_source: "meta" },
      later
    )
    expect(update).not.toHaveProperty("first_touch")
    expect(update.last_touch).toEqual({ at: later.toISOString(), utm_campaign: "bf", utm_source: "meta" })
    expect(update).toMatchObject({
      utm_campaign: "bf",
      utm_source: "meta",
      utm_medium: null,
      interests: ["quote", "financing"],
      interest_type: "financing",
      touch_count: 2,
      last_touch_at: later,
    })
  })

  it("does not let a direct visit erase the last campaign", () => {
    const update = mergeCaptureIntoLead(existing, { interest_type: "quote", email: "ana@example.com" }, later)
    expect(update).not.toHaveProperty("last_touch")
    expect(update).not.toHaveProperty("utm_campaign")
    expect(update.interests).toEqual(["quote"])
    expect(update.touch_count).toBe(2)
  })

  it("fills blanks but never overwrites stored contact data", () => {
    const update = mergeCaptureIntoLead(
      existing,
      { interest_type: "quote", name: "Ana Paula", phone: "+5511987654321", company: "ACME" },
      later
    )
    expect(update).not.toHaveProperty("name")
    expect(update).toMatchObject({ phone: "+5511987654321", company: "ACME" })
  })

  it("lets the latest explicit consent statement win, and leaves consent alone when not asked", () => {
    const withdrawn = mergeCaptureIntoLead(
      existing,
      { interest_type: "quote", consent_marketing: false, consent_terms_version: "v2" },
      later
    )
    expect(withdrawn).toMatchObject({ consent_marketing: false, consent_terms_version: "v2", consent_at: later })
    const silent = mergeCaptureIntoLead(existing, { interest_type: "quote" }, later)
    expect(silent).not.toHaveProperty("consent_marketing")
  })
})
