import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import Solar360ModuleService from "../service"
import { SOLAR360_MODULE_UNDER_TEST } from "./module-runner"

jest.setTimeout(120_000)

// The option `analytics.requireConsent: true`: an item that does not say what the visitor
// accepted is stored in the cookieless form; one that says "granted" is stored whole.

moduleIntegrationTestRunner<Solar360ModuleService>({
  ...SOLAR360_MODULE_UNDER_TEST,
  moduleOptions: { analytics: { requireConsent: true } },
  testSuite: ({ service }) => {
    it("stores an item without consent cookieless, a consented one whole", async () => {
      const item = (message_id: string, extra: Record<string, unknown> = {}) => ({
        message_id,
        event_name: "page_view",
        category: "page_view",
        session_id: "s-required",
        anonymous_id: "a-required",
        ...extra,
      })
      expect(service.options.analytics.requireConsent).toBe(true)
      await service.ingestEvents({
        events: [item("unstated"), item("stated", { consent: { analytics: true } })] as any,
        received_at: new Date("2026-10-20T12:34:56Z"),
        customer_id: "cus_01JREQUIRED",
        ip: "203.0.113.9",
        user_agent: "Mozilla/5.0",
      })
      const [unstated] = (await service.listEvents({ message_id: "unstated" })) as any[]
      expect(unstated).toMatchObject({
        consent_analytics: false,
        session_id: null,
        anonymous_id: null,
        customer_id: null,
        ip_hash: null,
      })
      const [stated] = (await service.listEvents({ message_id: "stated" })) as any[]
      expect(stated).toMatchObject({
        consent_analytics: true,
        session_id: "s-required",
        customer_id: "cus_01JREQUIRED",
      })
    })

    it("a lead capture keeps the tracker's ids only with an analytics grant under requireConsent", async () => {
      const capture = (email: string, extra: Record<string, unknown> = {}) =>
        service.captureLead({
          interest_type: "solar",
          email,
          anonymous_id: "anon-required",
          session_id: "sess-required",
          ...extra,
        })
      const unstated = await capture("unstated@example.com")
      const granted = await capture("granted@example.com", { consent_analytics: true })
      const [unstatedLead] = (await service.listLeads({ id: unstated.lead_id })) as any[]
      const [grantedLead] = (await service.listLeads({ id: granted.lead_id })) as any[]
      expect(unstatedLead).toMatchObject({ anonymous_id: null, session_id: null })
      expect(grantedLead).toMatchObject({ anonymous_id: "anon-required", session_id: "sess-required" })
    })
  },
})
