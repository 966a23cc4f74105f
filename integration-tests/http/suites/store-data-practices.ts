import { responseOf } from "../../helpers/auth"
import { createHttpContext } from "../../helpers/http-context"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

export function storeDataPracticesSuite({ api, getContainer }: MedusaSuiteOptions): void {
  describe("GET /store/solar360/data-practices", () => {
    let store: { headers: Record<string, string> }

    beforeEach(async () => {
      ;({ store } = await createHttpContext(api, getContainer(), { store: true }))
    })

    it("lists what is recorded for each of the ten data sets, in Portuguese by default", async () => {
      const response = await api.get("/store/solar360/data-practices", store)

      expect(response.status).toBe(200)
      expect(response.data.language).toBe("pt-BR")
      expect(response.data.data_practices.map((p: any) => p.category)).toEqual([
        "lead",
        "event",
        "rag_query",
        "helio_conversation",
        "photogrammetry_analysis",
        "financing_simulation",
        "solar_viability_analysis",
        "catalog_access_log",
        "pvlib_cache",
        "aneel_cache",
      ])
      const lead = response.data.data_practices[0]
      expect(lead.purpose).toMatch(/orçamento/)
      expect(lead.personal_fields).toContain("cpf_cnpj")
      expect(response.data.ip_pseudonymisation).toEqual({
        raw_ip_stored: false,
        method: expect.stringContaining("hmac-sha256"),
        salt_rotation: "daily",
        salt_deleted_after_days: 2,
      })
    })

    it("documents the cookieless form of analytics without consent", async () => {
      const response = await api.get("/store/solar360/data-practices?lang=en", store)
      expect(response.status).toBe(200)
      const practice = response.data.analytics_consent
      expect(practice).toMatchObject({
        consent_field: "consent",
        // medusa-config.ts leaves analytics.requireConsent at its default
        missing_consent: "granted",
        applies_to: ["event", "catalog_access_log"],
        time_precision: "hour",
        message_id_kept: true,
        retention_days: { event: 400, catalog_access_log: 400 },
        marketing_refused_drops: ["gclid", "fbclid"],
        description: expect.stringContaining("cannot be linked"),
      })
      expect(practice.dropped_fields).toEqual(
        expect.arrayContaining(["anonymous_id", "session_id", "customer_id", "ip_hash", "gclid"])
      )
      expect(practice.kept_fields).toEqual(expect.arrayContaining(["message_id", "path", "utm_campaign"]))
      expect(practice.query_string_removed_from).toEqual(expect.arrayContaining(["url", "referrer"]))
    })

    it("answers in English when asked", async () => {
      const response = await api.get("/store/solar360/data-practices?lang=en", store)
      expect(response.data.language).toBe("en")
      expect(response.data.data_practices[0].purpose).toMatch(/quote request/)
    })

    it("answers one category", async () => {
      const response = await api.get("/store/solar360/data-practices/event?lang=en", store)
      expect(response.status).toBe(200)
      expect(response.data.data_practice).toMatchObject({
        category: "event",
        legal_basis: "legitimate_interest",
        stores_ip_hash: true,
      })
    })

    it("rejects an unsupported language or an unknown parameter with 400", async () => {
      const badLanguage = await responseOf(
        api.get("/store/solar360/data-practices?lang=fr", store)
      )
      expect(badLanguage.status).toBe(400)
      expect(badLanguage.data.type).toBe("invalid_data")
      expect(badLanguage.data.message).toMatch(/lang/)

      const unknown = await responseOf(
        api.get("/store/solar360/data-practices?debug=1", store)
      )
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/debug/)
    })

    it("answers 404 for an unknown category", async () => {
      const response = await responseOf(
        api.get("/store/solar360/data-practices/tracking_pixels", store)
      )
      expect(response.status).toBe(404)
      expect(response.data).toMatchObject({ type: "not_found" })
      expect(response.data.message).toMatch(/tracking_pixels/)
    })

    it("refuses a request without a publishable key (Medusa answers 400 not_allowed)", async () => {
      const response = await responseOf(api.get("/store/solar360/data-practices"))
      expect(response.status).toBe(400)
      expect(response.data.type).toBe("not_allowed")
      expect(response.data.message).toMatch(/publishable/i)

      const wrongKey = await responseOf(
        api.get("/store/solar360/data-practices", {
          headers: { "x-publishable-api-key": "pk_not_a_real_key" },
        })
      )
      expect(wrongKey.status).toBe(400)
      expect(wrongKey.data.type).toBe("not_allowed")
    })
  })
}
