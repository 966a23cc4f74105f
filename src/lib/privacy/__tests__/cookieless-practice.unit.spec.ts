import { applyConsent } from "../../analytics/consent"
import { describeCookielessPractice } from "../cookieless-practice"

describe("describeCookielessPractice", () => {
  const settings = { requireConsent: false, eventsDays: 400, catalogAccessLogsDays: null }

  it("lists what applyConsent really drops and keeps", () => {
    const practice = describeCookielessPractice("en", settings)
    const item: Record<string, unknown> = { consent: { analytics: false } }
    for (const field of [...practice.dropped_fields, ...practice.kept_fields]) item[field] = "x"
    const stored = applyConsent(item, { requireConsent: false }) as Record<string, unknown>
    for (const field of practice.kept_fields) expect([field, stored[field]]).toEqual([field, "x"])
    // The server-side columns (customer_id, ip_hash, device details) are left empty by the statement.
    const itemDropped = practice.dropped_fields.filter((f) => !["customer_id", "ip_hash", "city", "device_brand", "device_model", "browser_version", "os_version"].includes(f))
    for (const field of itemDropped) expect([field, stored[field]]).toEqual([field, null])
    expect(practice).toMatchObject({
      missing_consent: "granted",
      time_precision: "hour",
      message_id_kept: true,
      retention_days: { event: 400, catalog_access_log: null },
      marketing_refused_drops: ["gclid", "fbclid"],
    })
    expect(practice.dropped_fields).toEqual(expect.arrayContaining(["session_id", "anonymous_id", "customer_id", "ip_hash"]))
  })

  it("says a missing consent counts as refused under requireConsent, in both languages", () => {
    expect(describeCookielessPractice("pt-BR", { ...settings, requireConsent: true })).toMatchObject({
      missing_consent: "refused",
      description: expect.stringContaining("consentimento"),
    })
  })
})
