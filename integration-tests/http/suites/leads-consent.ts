import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { signConsentToken } from "../../../src/lib/leads"
import { LEAD_CONSENT_TOKEN_KEY_NAME } from "../../../src/modules/solar360"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { createCustomerHeaders, responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"
import { eventually } from "../../helpers/eventually"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

const HOUR = 60 * 60 * 1000

export function leadsConsentSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let admin: RequestHeaders
  let store: RequestHeaders
  let solar360: Solar360ModuleService

  beforeEach(async () => {
    ;({ admin, store, solar360 } = await createHttpContext(api, getContainer(), { admin: true, store: true }))
  })

  // As a logged-in customer with that e-mail would capture: its consent applies at once.
  const capture = async (fields: Record<string, unknown>) => {
    const { lead_id } = await solar360.captureLead({ interest_type: "solar", verified_email: fields.email, ...fields } as any)
    return lead_id
  }

  const consentRowCount = async () => {
    const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await pg.raw("SELECT count(*)::int AS count FROM lead_consent_change")
    return rows[0].count as number
  }

  const record = (id: string, body: Record<string, unknown>, headers = admin) =>
    responseOf(api.post(`/admin/solar360/leads/${id}/consent`, body, headers))

  const historyOf = async (id: string, query = "") =>
    (await api.get(`/admin/solar360/leads/${id}/consent${query}`, admin)).data

  /** The export as rows keyed by column (the test data holds no commas or quotes). */
  const exportRows = async (query: string) => {
    const response = await api.get(`/admin/solar360/leads/export?${query}`, { ...admin, responseType: "arraybuffer" })
    const [header, ...lines] = Buffer.from(response.data).toString("utf8").slice(1).trim().split("\n")
    const columns = header.split(",")
    return lines.map((line) => {
      const values = line.split(",")
      return Object.fromEntries(columns.map((column, i) => [column, values[i]]))
    })
  }

  const listIds = async (query: string) =>
    (await api.get(`/admin/solar360/leads?${query}`, admin)).data.leads.map((l: any) => l.id).sort()

  describe("POST /admin/solar360/leads/:id/consent and GET /admin/solar360/leads/:id/consent", () => {
    it("grants then revokes: both in the history, the lead revoked, contactable lists and exports respect it", async () => {
      const received: any[] = []
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const subscriber = async (event: any) => {
        received.push(event.data)
      }
      eventBus.subscribe("solar360.lead.consent_changed", subscriber, { subscriberId: "consent-spec" })

      const id = await capture({ email: "revoga@example.com", name: "Revoga" })
      const loyal = await capture({ email: "fiel@example.com", consent_marketing: true, consent_terms_version: "v1" })
      // Consent but no way to reach the person: never contactable.
      const unreachable = await solar360.createLeads({ name: "Sem contato", consent_marketing: true } as any)
      const me = (await api.get("/admin/users/me", admin)).data.user.id

      const grantedAt = new Date(Date.now() - 2 * HOUR).toISOString()
      const grant = await record(id, {
        granted: true,
        channel: "web_form",
        source: "newsletter footer",
        occurred_at: grantedAt,
      })
      expect(grant.status).toBe(200)
      expect(grant.data.applied).toBe(true)
      expect(grant.data.lead).toEqual({
        id,
        consent_marketing: true,
        consent_at: grantedAt,
        consent_terms_version: null,
      })
      expect(grant.data.consent_change).toMatchObject({
        lead_id: id,
        purpose: "marketing",
        granted: true,
        channel: "web_form",
        source: "newsletter footer",
        occurred_at: grantedAt,
        recorded_by: me,
      })
      expect(grant.data.consent_change.id).toMatch(/^lcc_/)
      expect(await listIds("contactable=true")).toEqual([id, loyal].sort())

      const revoke = await record(id, { granted: false, channel: "email", source: "unsubscribe link", note: "link do e-mail" })
      expect(revoke.status).toBe(200)
      expect(revoke.data.lead.consent_marketing).toBe(false)
      expect(new Date(revoke.data.lead.consent_at).getTime()).toBeGreaterThan(Date.now() - 60_000)

      const history = await historyOf(id)
      expect(history).toMatchObject({ count: 2, offset: 0, limit: 20 })
      expect(history.consent_changes.map((c: any) => [c.granted, c.channel, c.source])).toEqual([
        [false, "email", "unsubscribe link"],
        [true, "web_form", "newsletter footer"],
      ])
      const paged = await historyOf(id, "?limit=1&offset=1")
      expect(paged).toMatchObject({ count: 2, offset: 1, limit: 1 })
      expect(paged.consent_changes.map((c: any) => c.granted)).toEqual([true])

      const { lead } = (await api.get(`/admin/solar360/leads/${id}?fields=id,consent_marketing,*consent_history`, admin)).data
      expect(lead.consent_marketing).toBe(false)
      expect(lead.consent_history).toHaveLength(2)

      const contactable = await exportRows("contactable=true")
      expect(contactable.map((row) => row.id)).toEqual([loyal])
      expect(contactable[0]).toMatchObject({ email: "fiel@example.com", consent_marketing: "true" })
      const others = (await exportRows("contactable=false")).map((row) => row.id).sort()
      expect(others).toEqual([id, unreachable.id].sort())
      expect((await exportRows("contactable=true&q=revoga")).map((row) => row.id)).toEqual([])

      expect(await listIds("contactable=true")).toEqual([loyal])
      expect(await listIds("contactable=false&q=revoga")).toEqual([id])
      expect(await listIds("consent_marketing=true")).toEqual([loyal, unreachable.id].sort())
      expect(await listIds("consent_marketing=false")).toEqual([id])

      await eventually(async () => {
        expect(received.filter((data) => data.id === id)).toEqual([
          { id, purpose: "marketing", granted: true },
          { id, purpose: "marketing", granted: false },
        ])
      })
      eventBus.unsubscribe("solar360.lead.consent_changed", subscriber, { subscriberId: "consent-spec" })
    })

    it("keeps an older statement that arrives late in the history without overriding the state", async () => {
      const id = await capture({ email: "atrasado@example.com" })
      const revokedAt = new Date(Date.now() - HOUR).toISOString()
      await record(id, { granted: false, channel: "email", occurred_at: revokedAt })

      const late = await record(id, {
        granted: true,
        channel: "checkout",
        occurred_at: new Date(Date.now() - 48 * HOUR).toISOString(),
      })
      expect(late.status).toBe(200)
      expect(late.data.applied).toBe(false)
      expect(late.data.lead).toMatchObject({ consent_marketing: false, consent_at: revokedAt })
      expect(late.data.consent_change).toMatchObject({ granted: true, channel: "checkout" })

      const history = await historyOf(id)
      expect(history.consent_changes.map((c: any) => c.granted)).toEqual([false, true])

      // Another purpose has its own order: old terms acceptance still applies.
      const terms = await record(id, {
        purpose: "terms",
        granted: true,
        channel: "web_form",
        terms_version: "2026-02",
        occurred_at: "2026-01-15",
      })
      expect(terms.data.applied).toBe(true)
      expect(terms.data.lead).toMatchObject({ consent_marketing: false, consent_terms_version: "2026-02" })
    })

    it("compares a lead stored before the history existed with its consent_at", async () => {
      const consentAt = new Date(Date.now() - HOUR)
      const legacy = await solar360.createLeads({
        email: "antigo@example.com",
        consent_marketing: true,
        consent_at: consentAt,
      } as any)
      const older = await record(legacy.id, {
        granted: false,
        channel: "phone",
        occurred_at: new Date(consentAt.getTime() - HOUR).toISOString(),
      })
      expect(older.data.applied).toBe(false)
      expect(older.data.lead.consent_marketing).toBe(true)
      const newer = await record(legacy.id, { granted: false, channel: "phone" })
      expect(newer.data.applied).toBe(true)
      expect(newer.data.lead.consent_marketing).toBe(false)
    })

    it("records with a secret API key, whose id is kept as recorded_by", async () => {
      const id = await capture({ email: "api@example.com" })
      const key = await getContainer().resolve(Modules.API_KEY).createApiKeys({
        title: "e-mail platform",
        type: "secret",
        created_by: "test",
      })
      const basic = { headers: { authorization: `Basic ${Buffer.from(`${key.token}:`).toString("base64")}` } }
      const response = await record(id, { granted: false, channel: "api", source: "mailchimp webhook" }, basic)
      expect(response.status).toBe(200)
      expect(response.data.consent_change.recorded_by).toBe(key.id)
    })

    it("needs terms_version to accept the terms: 400 and nothing written", async () => {
      const id = await capture({ email: "termos@example.com" })
      const before = await consentRowCount()
      const response = await record(id, { purpose: "terms", granted: true, channel: "web_form" })
      expect(response.status).toBe(400)
      expect(response.data.type).toBe("invalid_data")
      expect(response.data.message).toContain("terms_version")
      expect(await consentRowCount()).toBe(before)
      expect((await solar360.retrieveLead(id)).consent_at).toBeNull()

      // Withdrawing the terms needs no version.
      const withdrawn = await record(id, { purpose: "terms", granted: false, channel: "email" })
      expect(withdrawn.status).toBe(200)
      expect(withdrawn.data.lead.consent_terms_version).toBeNull()
    })

    it("rejects bad bodies with 400 and writes nothing", async () => {
      const id = await capture({ email: "invalido@example.com" })
      const before = await consentRowCount()
      const future = new Date(Date.now() + HOUR).toISOString()
      for (const body of [
        { granted: true, channel: "fax" },
        { channel: "email" },
        { granted: "yes", channel: "email" },
        { granted: true, channel: "email", occurred_at: future },
        { granted: true, channel: "email", occurred_at: "ontem" },
        { granted: true, channel: "email", purpose: "profiling" },
        { granted: true, channel: "email", recorded_by: "someone" },
      ]) {
        const response = await record(id, body)
        expect([JSON.stringify(body), response.status]).toEqual([JSON.stringify(body), 400])
      }
      expect(await consentRowCount()).toBe(before)
      expect((await solar360.retrieveLead(id)).consent_marketing).toBe(false)

      const bad = await responseOf(api.get(`/admin/solar360/leads/${id}/consent?limit=abc`, admin))
      expect(bad.status).toBe(400)
      const badFilter = await responseOf(api.get("/admin/solar360/leads?contactable=maybe", admin))
      expect(badFilter.status).toBe(400)
    })

    it("answers 401 without an admin session", async () => {
      const id = await capture({ email: "sem-sessao@example.com" })
      expect((await record(id, { granted: true, channel: "email" }, {} as any)).status).toBe(401)
      expect((await responseOf(api.get(`/admin/solar360/leads/${id}/consent`))).status).toBe(401)
      expect(await consentRowCount()).toBe(0)
    })

    it("answers 404 for an unknown lead", async () => {
      const post = await record("lead_unknown", { granted: true, channel: "email" })
      expect(post.status).toBe(404)
      expect(post.data.type).toBe("not_found")
      const get = await responseOf(api.get("/admin/solar360/leads/lead_unknown/consent", admin))
      expect(get.status).toBe(404)
      expect(get.data.type).toBe("not_found")
      expect(await consentRowCount()).toBe(0)
    })
  })

  const body = (overrides: Record<string, unknown> = {}) => ({
    name: "Joana",
    email: "joana@example.com",
    interest_type: "quote",
    landing_page: "https://loja.example.com/energia-solar",
    consent: { marketing: true, terms_version: "2026-01" },
    ...overrides,
  })

  /** Collects the data of every `eventName` emitted until stop(). */
  let subscriberCount = 0
  const collect = (eventName: string) => {
    const received: any[] = []
    const subscriberId = `consent-spec-${++subscriberCount}`
    const eventBus = getContainer().resolve(Modules.EVENT_BUS)
    const subscriber = async (event: any) => {
      received.push(event.data)
    }
    eventBus.subscribe(eventName, subscriber, { subscriberId })
    return { received, stop: () => eventBus.unsubscribe(eventName, subscriber, { subscriberId }) }
  }

  const confirm = (payload: unknown, headers = store) =>
    responseOf(api.post("/store/solar360/leads/consent/confirm", payload, headers))

  const leadByEmail = async (email: string) => (await solar360.listLeads({ email }))[0]

  /** The confirmation request of the next capture: what a notification provider receives. */
  const captureAndAwaitConfirmation = async (payload: Record<string, unknown>, headers = store) => {
    const requests = collect("solar360.lead.consent_confirmation_requested")
    const response = await api.post("/store/solar360/leads", payload, headers)
    expect(response.status).toBe(202)
    await eventually(async () => expect(requests.received).toHaveLength(1))
    requests.stop()
    return requests.received[0]
  }

  const tokenSecret = async () =>
    (await solar360.listPrivacySalts({ day: LEAD_CONSENT_TOKEN_KEY_NAME }))[0].salt

  describe("capture (POST /store/solar360/leads)", () => {
    it("applies a logged-in customer's statements made with their own account e-mail at once", async () => {
      const email = "joana@example.com"
      const customer = await createCustomerHeaders(api, getContainer(), store, email)
      const requests = collect("solar360.lead.consent_confirmation_requested")

      expect((await api.post("/store/solar360/leads", body(), customer)).status).toBe(202)
      const { id } = await leadByEmail(email)
      expect((await solar360.retrieveLead(id)).consent_marketing).toBe(true)
      let history = await historyOf(id)
      expect(history.count).toBe(1)
      expect(history.consent_changes[0]).toMatchObject({
        purpose: "marketing",
        granted: true,
        channel: "web_form",
        source: "https://loja.example.com/energia-solar",
        terms_version: "2026-01",
        recorded_by: null,
      })

      // The same answer again is not a new statement; no answer is none either.
      await api.post("/store/solar360/leads", body({ interest_type: "financing", company: "Joana ME" }), customer)
      await api.post("/store/solar360/leads", body({ consent: undefined }), customer)
      expect((await historyOf(id)).count).toBe(1)

      const revoked = await api.post(
        "/store/solar360/leads",
        body({ landing_page: undefined, consent: { marketing: false, terms_version: "2026-01" } }),
        customer
      )
      expect(revoked.status).toBe(202)
      const lead = await solar360.retrieveLead(id)
      expect(lead.consent_marketing).toBe(false)
      // A verified capture also fills the lead's blanks.
      expect(lead.company).toBe("Joana ME")
      history = await historyOf(id)
      expect(history.count).toBe(2)
      expect(history.consent_changes[0]).toMatchObject({ granted: false, channel: "web_form", source: null })
      const touches = await solar360.listLeadTouches({ lead_id: id })
      expect(touches.every((touch) => touch.verified)).toBe(true)
      expect(touches.map((touch) => touch.consent_state).filter((state) => state === "pending")).toEqual([])

      // Nothing to confirm: no link was requested.
      await new Promise((resolve) => setTimeout(resolve, 500))
      requests.stop()
      expect(requests.received).toEqual([])
    })

    it("treats a logged-in customer capturing with another e-mail as unverified", async () => {
      const victim = await capture({ email: "vitima@example.com", name: "Vítima", consent_marketing: true, consent_terms_version: "v1" })
      const customer = await createCustomerHeaders(api, getContainer(), store, "outra.conta@example.com")

      const request = await captureAndAwaitConfirmation(
        body({ email: "vitima@example.com", name: "Outro Nome", company: "Outra", consent: { marketing: false, terms_version: "v1" } }),
        customer
      )
      expect(request).toMatchObject({ lead_id: victim, email: "vitima@example.com", granted: false })

      const lead = await solar360.retrieveLead(victim)
      expect(lead).toMatchObject({ name: "Vítima", company: null, consent_marketing: true, customer_id: null })
      expect((await historyOf(victim)).count).toBe(1)
      const touches = await solar360.listLeadTouches({ lead_id: victim }, { order: { occurred_at: "ASC" } })
      expect(touches[1]).toMatchObject({ verified: false, consent_state: "pending", consent_marketing: false })
      // Sales staff see what the unverified capture said in the lead's touches.
      const { lead: withTouches } = (await api.get(`/admin/solar360/leads/${victim}?fields=id,*touches`, admin)).data
      expect(withTouches.touches.map((touch: any) => [touch.verified, touch.consent_state]).sort()).toEqual([
        [false, "pending"],
        [true, "applied"],
      ])
    })

    it("records a new lead's refusal at once, and nothing when the form did not ask", async () => {
      await api.post(
        "/store/solar360/leads",
        body({ email: "recusa@example.com", consent: { marketing: false, terms_version: "2026-01" } }),
        store
      )
      const refused = await leadByEmail("recusa@example.com")
      expect((await historyOf(refused.id)).consent_changes).toMatchObject([{ granted: false, channel: "web_form" }])

      await api.post("/store/solar360/leads", body({ email: "mudo@example.com", consent: undefined }), store)
      const silent = await leadByEmail("mudo@example.com")
      expect((await historyOf(silent.id)).count).toBe(0)
    })
  })

  // Issue 13: an anonymous capture's consent statement is applied only through the link
  // sent to the lead's own address (double opt-in).
  describe("double opt-in: POST /store/solar360/leads/consent/confirm", () => {
    it("keeps an anonymous grant pending, then applies it once through the link", async () => {
      const before = Date.now()
      const request = await captureAndAwaitConfirmation(body())
      const lead = await leadByEmail("joana@example.com")
      expect(lead.consent_marketing).toBe(false)
      expect(lead.consent_at).toBeNull()
      expect((await historyOf(lead.id)).count).toBe(0)

      expect(request).toMatchObject({
        lead_id: lead.id,
        email: "joana@example.com",
        phone: null,
        purpose: "marketing",
        granted: true,
        terms_version: "2026-01",
      })
      expect(request.token).toEqual(expect.any(String))
      expect(request.confirmation_url).toBe(
        `https://loja.example.com/confirmar-consentimento?token=${encodeURIComponent(request.token)}`
      )
      // The default time to live: 72 hours.
      const ttl = new Date(request.expires_at).getTime() - before
      expect(ttl).toBeGreaterThan(72 * HOUR - 60_000)
      expect(ttl).toBeLessThanOrEqual(72 * HOUR + 60_000)

      const changed = collect("solar360.lead.consent_changed")
      const confirmed = await confirm({ token: request.token })
      expect(confirmed.status).toBe(200)
      // What the statement was, never the lead.
      expect(confirmed.data).toEqual({ consent: { purpose: "marketing", granted: true, applied: true } })

      const after = await solar360.retrieveLead(lead.id)
      expect(after.consent_marketing).toBe(true)
      expect(after.consent_at).toBeInstanceOf(Date)
      const history = await historyOf(lead.id)
      expect(history.count).toBe(1)
      expect(history.consent_changes[0]).toMatchObject({
        purpose: "marketing",
        granted: true,
        channel: "double_opt_in",
        source: "https://loja.example.com/energia-solar",
        terms_version: "2026-01",
        recorded_by: null,
      })
      const [touch] = await solar360.listLeadTouches({ lead_id: lead.id })
      expect(touch.consent_state).toBe("confirmed")
      expect(touch.consent_confirmed_at).toBeInstanceOf(Date)
      await eventually(async () => {
        expect(changed.received).toEqual([{ id: lead.id, purpose: "marketing", granted: true }])
      })
      changed.stop()

      // Used once: a second use is refused and changes nothing.
      const reused = await confirm({ token: request.token })
      expect(reused.status).toBe(400)
      expect(reused.data).toMatchObject({ type: "invalid_data", code: "solar360_lead_consent_token_used" })
      expect((await historyOf(lead.id)).count).toBe(1)
    })

    it("sends a stranger's revocation to the lead's own address, and applies it only when confirmed there", async () => {
      const victim = await capture({
        email: "vitima@example.com",
        phone: "+5521987650000",
        consent_marketing: true,
        consent_terms_version: "v1",
      })
      const request = await captureAndAwaitConfirmation({
        phone: "(21) 98765-0000",
        email: "atacante@example.com",
        interest_type: "other",
        consent: { marketing: false, terms_version: "v1" },
      })
      // The link goes to the victim, never to the address the stranger typed.
      expect(request).toMatchObject({ lead_id: victim, email: "vitima@example.com", phone: "+5521987650000", granted: false })
      expect((await solar360.retrieveLead(victim)).consent_marketing).toBe(true)

      const confirmed = await confirm({ token: request.token })
      expect(confirmed.data).toEqual({ consent: { purpose: "marketing", granted: false, applied: true } })
      expect((await solar360.retrieveLead(victim)).consent_marketing).toBe(false)
      expect((await historyOf(victim)).consent_changes[0]).toMatchObject({ granted: false, channel: "double_opt_in" })
    })

    it("refuses an expired token with 400 and applies nothing", async () => {
      await api.post("/store/solar360/leads", body(), store)
      const lead = await leadByEmail("joana@example.com")
      const [touch] = await solar360.listLeadTouches({ lead_id: lead.id })
      // Signed with the store's own secret, so only the expiry is wrong.
      const expired = signConsentToken({ touch_id: touch.id, expires_at: new Date(Date.now() - 1000) }, await tokenSecret())

      const response = await confirm({ token: expired })
      expect(response.status).toBe(400)
      expect(response.data).toMatchObject({ type: "invalid_data", code: "solar360_lead_consent_token_expired" })
      expect((await solar360.retrieveLead(lead.id)).consent_marketing).toBe(false)
      expect(await consentRowCount()).toBe(0)
      expect((await solar360.listLeadTouches({ lead_id: lead.id }))[0].consent_state).toBe("pending")
    })

    it("refuses a tampered or forged token with 400 and applies nothing", async () => {
      const request = await captureAndAwaitConfirmation(body())
      const [version, touchId, expires, mac] = request.token.split(".")
      const extended = [version, touchId, String(Number(expires) + 365 * 86_400), mac].join(".")
      const flipped = [version, touchId, expires, (mac[0] === "A" ? "B" : "A") + mac.slice(1)].join(".")
      const forged = signConsentToken({ touch_id: touchId, expires_at: new Date(Date.now() + HOUR) }, "not-the-store-secret")
      for (const token of [extended, flipped, forged, "v1.garbage", "x".repeat(300)]) {
        const response = await confirm({ token })
        expect([token, response.status, response.data.code]).toEqual([token, 400, "solar360_lead_consent_token_invalid"])
      }
      expect(await consentRowCount()).toBe(0)
      expect((await leadByEmail("joana@example.com")).consent_marketing).toBe(false)

      // The genuine token still works afterwards.
      expect((await confirm({ token: request.token })).status).toBe(200)
    })

    it("rejects bad bodies with 400", async () => {
      for (const payload of [{}, { token: "" }, { token: 42 }, { token: "v1.a.1.b", lead_id: "lead_1" }]) {
        const response = await confirm(payload)
        expect([JSON.stringify(payload), response.status, response.data.type]).toEqual([JSON.stringify(payload), 400, "invalid_data"])
      }
    })

    it("refuses a request without a publishable key (Medusa answers 400 not_allowed)", async () => {
      const request = await captureAndAwaitConfirmation(body())
      const response = await confirm({ token: request.token }, {} as any)
      expect(response.status).toBe(400)
      expect(response.data.type).toBe("not_allowed")
      expect(await consentRowCount()).toBe(0)
    })

    it("answers 404 when the token's lead is gone", async () => {
      // A capture creates the store's secret; the token is genuine but names no capture.
      await api.post("/store/solar360/leads", body({ consent: undefined }), store)
      const token = signConsentToken({ touch_id: "ltouch_gone", expires_at: new Date(Date.now() + HOUR) }, await tokenSecret())
      const response = await confirm({ token })
      expect(response.status).toBe(404)
      expect(response.data.type).toBe("not_found")
    })
  })
}
