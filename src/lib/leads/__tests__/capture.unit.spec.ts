import {
  browsingIdsUnderConsent,
  captureConsentAction,
  isCaptureVerified,
  leadTouchFromCapture,
  mergeCaptureIntoLead,
  newLeadFromCapture,
  touchFromCapture,
  visitUpdateFromCapture,
} from "../capture"

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

describe("mergeCaptureIntoLead (verified captures)", () => {
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

// Issue 13: a capture from anyone holding the public publishable key must not alter a
// stranger's lead. Before, every capture into an open lead went through mergeCaptureIntoLead.
describe("visitUpdateFromCapture (unverified captures into an existing lead)", () => {
  const attacker = {
    interest_type: "financing",
    name: "Mallory",
    email: "mallory@example.com",
    phone: "+5511900000000",
    company: "Evil Ltda",
    cpf_cnpj: "52998224725",
    city: "Nowhere",
    state: "AC",
    message: "call me",
    monthly_bill_brl: 99_999,
    monthly_consumption_kwh: 5,
    consent_marketing: false,
    consent_terms_version: "v9",
    customer_id: "cus_mallory",
    ip_hash: "f".repeat(64),
    utm_campaign: "bf",
  }

  it("changes only what describes the visit: touch count, last touch and its columns, interests", () => {
    const update = visitUpdateFromCapture({ ...existing, company: null, city: null }, attacker, later)
    expect(Object.keys(update).sort()).toEqual(
      [
        "interests",
        "last_touch",
        "last_touch_at",
        "touch_count",
        "utm_campaign",
        "utm_content",
        "utm_medium",
        "utm_source",
        "utm_term",
        "gclid",
        "fbclid",
        "landing_page",
        "referrer",
      ].sort()
    )
    expect(update).toMatchObject({ touch_count: 2, interests: ["quote", "financing"], utm_campaign: "bf" })
  })

  it("never fills a blank either: a stranger's data is not the lead's", () => {
    const update = visitUpdateFromCapture({ ...existing, company: null, phone: null }, attacker, later)
    for (const field of ["name", "email", "phone", "company", "cpf_cnpj", "city", "state", "message", "monthly_bill_brl", "consent_marketing", "consent_at", "customer_id", "ip_hash", "interest_type"]) {
      expect(update).not.toHaveProperty(field)
    }
  })
})

describe("isCaptureVerified", () => {
  const lead = { email: "ana@example.com" }

  it("is true only for the logged-in customer's own account e-mail on a lead with that e-mail (or a new lead)", () => {
    expect(isCaptureVerified({ email: "ana@example.com" }, lead, "ana@example.com")).toBe(true)
    expect(isCaptureVerified({ email: "ana@example.com" }, null, "ana@example.com")).toBe(true)
  })

  it("is false for anonymous callers, another e-mail, or a lead found by phone with another e-mail", () => {
    expect(isCaptureVerified({ email: "ana@example.com" }, lead, null)).toBe(false)
    expect(isCaptureVerified({ email: "ana@example.com" }, lead, undefined)).toBe(false)
    expect(isCaptureVerified({ email: "ana@example.com" }, lead, "bia@example.com")).toBe(false)
    expect(isCaptureVerified({ email: "bia@example.com" }, { email: "ana@example.com" }, "bia@example.com")).toBe(false)
    expect(isCaptureVerified({ email: null }, { email: null }, "bia@example.com")).toBe(false)
  })
})

describe("captureConsentAction", () => {
  const given = { consent_marketing: true, consent_terms_version: "v1" }
  const refused = { consent_marketing: false, consent_terms_version: "v1" }
  const consented = { consent_marketing: true, consent_at: at, consent_terms_version: "v1" }

  it("does nothing without a statement", () => {
    expect(captureConsentAction(null, {}, false)).toBe("none")
    expect(captureConsentAction(consented, {}, true)).toBe("none")
  })

  it("keeps an anonymous grant pending, even on a new lead (anyone can type anyone's e-mail)", () => {
    expect(captureConsentAction(null, given, false)).toBe("pending")
  })

  it("applies a new lead's refusal (it only states the default) and a verified statement", () => {
    expect(captureConsentAction(null, refused, false)).toBe("apply")
    expect(captureConsentAction(null, given, true)).toBe("apply")
    expect(captureConsentAction(consented, refused, true)).toBe("apply")
  })

  it("never applies an unverified statement to an existing lead: a revocation waits too", () => {
    expect(captureConsentAction(consented, refused, false)).toBe("pending")
    expect(captureConsentAction({ consent_marketing: false, consent_at: null }, given, false)).toBe("pending")
  })

  it("asks nothing when the statement repeats the one in force", () => {
    expect(captureConsentAction(consented, given, false)).toBe("none")
  })
})

describe("leadTouchFromCapture", () => {
  it("keeps attribution, interest and a PII-redacted message, and the statement with its state", () => {
    const expires = new Date(later.getTime() + 3_600_000)
    const touch = leadTouchFromCapture(
      {
        interest_type: "quote",
        utm_source: "google",
        message: "me liga no (11) 98765-4321 ou ana@example.com",
        consent_marketing: true,
        consent_terms_version: "v1",
        ip_hash: "a".repeat(64),
      },
      later,
      { verified: false, consent: "pending", consentExpiresAt: expires }
    )
    expect(touch).toMatchObject({
      occurred_at: later,
      verified: false,
      interest_type: "quote",
      attribution: { at: later.toISOString(), utm_source: "google" },
      consent_marketing: true,
      consent_terms_version: "v1",
      consent_state: "pending",
      consent_expires_at: expires,
    })
    expect(touch.message).not.toContain("98765")
    expect(touch.message).not.toContain("ana@example.com")
  })

  it("records no statement when there is nothing to do with it", () => {
    const touch = leadTouchFromCapture({ interest_type: "quote", consent_marketing: true }, later, {
      verified: false,
      consent: "none",
    })
    expect(touch).toMatchObject({ consent_marketing: null, consent_state: null, consent_expires_at: null })
  })
})

describe("capture edges the first tests did not reach", () => {
  it("a new lead stores null, not undefined, for what the capture left out", () => {
    const lead = newLeadFromCapture({ interest_type: "chat", phone: "+5511987654321" }, at)
    expect(lead).toMatchObject({
      message: null,
      monthly_bill_brl: null,
      monthly_consumption_kwh: null,
      customer_id: null,
      ip_hash: null,
      consent_terms_version: null,
    })
    // And the values when given, a zero bill included.
    const full = newLeadFromCapture(
      { interest_type: "quote", message: "oi", monthly_bill_brl: 0, monthly_consumption_kwh: 300, customer_id: "cus_1", ip_hash: "h" },
      at
    )
    expect(full).toMatchObject({ message: "oi", monthly_bill_brl: 0, monthly_consumption_kwh: 300, customer_id: "cus_1", ip_hash: "h" })
  })

  it("a verified capture replaces message, bill and consumption only when it carries them (a zero counts)", () => {
    const stored = { ...existing, message: "antes", monthly_bill_brl: 500, monthly_consumption_kwh: 400 }
    const withValues = mergeCaptureIntoLead(
      stored,
      { interest_type: "quote", email: "ana@example.com", message: "depois", monthly_bill_brl: 0, monthly_consumption_kwh: 350 },
      later
    )
    expect(withValues).toMatchObject({ message: "depois", monthly_bill_brl: 0, monthly_consumption_kwh: 350 })
    const without = mergeCaptureIntoLead(
      stored,
      { interest_type: "quote", email: "ana@example.com", message: null, monthly_bill_brl: undefined },
      later
    )
    expect(without).not.toHaveProperty("message")
    expect(without).not.toHaveProperty("monthly_bill_brl")
    expect(without).not.toHaveProperty("monthly_consumption_kwh")
  })

  it("a verified capture links a customer only to a lead without one, and takes a new ip hash only when given", () => {
    const capture = { interest_type: "quote", email: "ana@example.com", customer_id: "cus_2", ip_hash: "h2" }
    expect(mergeCaptureIntoLead(existing, capture, later)).toMatchObject({ customer_id: "cus_2", ip_hash: "h2" })
    const linked = mergeCaptureIntoLead({ ...existing, customer_id: "cus_1" }, capture, later)
    expect(linked).not.toHaveProperty("customer_id")
    const bare = mergeCaptureIntoLead(existing, { interest_type: "quote", email: "ana@example.com" }, later)
    expect(bare).not.toHaveProperty("customer_id")
    expect(bare).not.toHaveProperty("ip_hash")
  })

  it("a lead without an interests list starts it from its main interest", () => {
    const update = visitUpdateFromCapture({ ...existing, interests: undefined }, { interest_type: "financing" }, later)
    expect(update.interests).toEqual(["quote", "financing"])
  })

  it("a lead without a first touch gets this one as its first", () => {
    const update = visitUpdateFromCapture({ ...existing, first_touch: null }, { interest_type: "quote", utm_source: "x" }, later)
    expect(update.first_touch).toEqual({ at: later.toISOString(), utm_source: "x" })
  })

  it("is unverified when any of the three e-mails is missing or they differ", () => {
    expect(isCaptureVerified({ email: "ana@example.com" }, null, "ana@example.com")).toBe(true)
    expect(isCaptureVerified({ email: "ana@example.com" }, null, null)).toBe(false)
    expect(isCaptureVerified({ email: null }, null, "ana@example.com")).toBe(false)
    expect(isCaptureVerified({ email: "bia@example.com" }, null, "ana@example.com")).toBe(false)
  })

  it("a touch row records the statement's terms version and what became of it", () => {
    const capture = { interest_type: "quote", consent_marketing: true, consent_terms_version: "v2", ip_hash: "h" }
    const expires = new Date("2026-05-17T12:00:00Z")
    expect(leadTouchFromCapture(capture, at, { verified: true, consent: "apply" })).toMatchObject({
      consent_marketing: true,
      consent_terms_version: "v2",
      consent_state: "applied",
      consent_expires_at: null,
      ip_hash: "h",
    })
    expect(leadTouchFromCapture(capture, at, { verified: false, consent: "pending", consentExpiresAt: expires })).toMatchObject({
      consent_state: "pending",
      consent_expires_at: expires,
    })
    expect(leadTouchFromCapture(capture, at, { verified: false, consent: "none", consentExpiresAt: expires })).toMatchObject({
      consent_marketing: null,
      consent_terms_version: null,
      consent_state: null,
      consent_expires_at: null,
    })
    expect(leadTouchFromCapture({ interest_type: "quote" }, at, { verified: false, consent: "none" }).ip_hash).toBeNull()
  })
})

describe("browsing ids (the tracker's anonymous and session ids)", () => {
  const ids = { anonymous_id: "anon-1", session_id: "sess-1" }
  const open = { requireConsent: false }
  const strict = { requireConsent: true }

  it("keeps them under an analytics grant, whatever the option", () => {
    expect(browsingIdsUnderConsent({ ...ids, consent_analytics: true }, open)).toEqual(ids)
    expect(browsingIdsUnderConsent({ ...ids, consent_analytics: true }, strict)).toEqual(ids)
  })

  it("drops both on an analytics refusal, whatever the option", () => {
    const none = { anonymous_id: null, session_id: null }
    expect(browsingIdsUnderConsent({ ...ids, consent_analytics: false }, open)).toEqual(none)
    expect(browsingIdsUnderConsent({ ...ids, consent_analytics: false }, strict)).toEqual(none)
  })

  it("without a statement follows analytics.requireConsent, like an event without consent", () => {
    expect(browsingIdsUnderConsent(ids, open)).toEqual(ids)
    expect(browsingIdsUnderConsent(ids, strict)).toEqual({ anonymous_id: null, session_id: null })
  })

  it("a new lead stores them; a dedupe keeps the newest and never erases them with a capture without ids", () => {
    expect(newLeadFromCapture({ interest_type: "solar", email: "a@b.com", ...ids }, at)).toMatchObject(ids)
    const existing = { interest_type: "solar", touch_count: 1, ...ids }
    expect(
      visitUpdateFromCapture(existing, { interest_type: "solar", anonymous_id: "anon-2", session_id: "sess-2" }, later)
    ).toMatchObject({ anonymous_id: "anon-2", session_id: "sess-2" })
    const without = visitUpdateFromCapture(existing, { interest_type: "solar", anonymous_id: null }, later)
    expect(without).not.toHaveProperty("anonymous_id")
    expect(without).not.toHaveProperty("session_id")
    // A verified capture folds the visit the same way.
    expect(
      mergeCaptureIntoLead(existing, { interest_type: "solar", session_id: "sess-3" }, later)
    ).toMatchObject({ session_id: "sess-3" })
  })
})
