import type Medusa from "@medusajs/js-sdk"
import { ROUTES } from "../../api/openapi/routes"
import { createStoreClient, invalidFields, isStoreError, type Solar360StoreClient, type StoreResponse } from "../store-client"

type Call = { path: string; init: unknown }

function recordingSdk(answer: unknown = { ok: true }) {
  const calls: Call[] = []
  const sdk = {
    client: {
      fetch: async <T>(path: string, init?: unknown): Promise<T> => {
        calls.push({ path, init })
        return answer as T
      },
    },
  }
  return { calls, client: createStoreClient(sdk) }
}

/** A FetchError as @medusajs/js-sdk throws it: the status and the server's message, no body. */
function fetchError(status: number, message: string) {
  return Object.assign(new Error(message), { status, statusText: "Bad Request" })
}

const IDEMPOTENCY_KEY = "6f1c2f1e-9a4b-4c1e-8d2f-0a1b2c3d4e5f"

/**
 * Every method of the client, one call each, with the exact path and init it must hand to the
 * SDK. The coverage tests below check this table against the client and against routes.ts.
 */
const CASES: Array<[string, (client: Solar360StoreClient) => Promise<unknown>, Call]> = [
  [
    "leads.capture",
    (c) => c.leads.capture({ name: "Maria Souza", email: "maria@example.com", interest_type: "quote" }),
    {
      path: "/store/solar360/leads",
      init: { method: "POST", body: { name: "Maria Souza", email: "maria@example.com", interest_type: "quote" } },
    },
  ],
  [
    "leads.confirmConsent",
    (c) => c.leads.confirmConsent({ token: "s360dc_abc" }),
    { path: "/store/solar360/leads/consent/confirm", init: { method: "POST", body: { token: "s360dc_abc" } } },
  ],
  [
    "events.send",
    (c) =>
      c.events.send({
        sent_at: "2026-12-03T12:00:00.000Z",
        events: [{ message_id: IDEMPOTENCY_KEY, event_name: "page_view", category: "page_view" }],
      }),
    {
      path: "/store/solar360/events",
      init: {
        method: "POST",
        body: {
          sent_at: "2026-12-03T12:00:00.000Z",
          events: [{ message_id: IDEMPOTENCY_KEY, event_name: "page_view", category: "page_view" }],
        },
      },
    },
  ],
  [
    "catalogAccessLogs.send",
    (c) => c.catalogAccessLogs.send({ logs: [{ message_id: IDEMPOTENCY_KEY, action_type: "product_view", product_id: "prod_1" }] }),
    {
      path: "/store/solar360/catalog-access-logs",
      init: { method: "POST", body: { logs: [{ message_id: IDEMPOTENCY_KEY, action_type: "product_view", product_id: "prod_1" }] } },
    },
  ],
  [
    "dataPractices.list",
    (c) => c.dataPractices.list({ lang: "en" }),
    { path: "/store/solar360/data-practices", init: { query: { lang: "en" } } },
  ],
  [
    "dataPractices.retrieve",
    (c) => c.dataPractices.retrieve("analytics events", { lang: "pt-BR" }),
    { path: "/store/solar360/data-practices/analytics%20events", init: { query: { lang: "pt-BR" } } },
  ],
  [
    "tariffs.retrieve",
    (c) => c.tariffs.retrieve({ distributor: "CEMIG-D" }),
    { path: "/store/solar360/tariffs", init: { query: { distributor: "CEMIG-D" } } },
  ],
  [
    "tariffs.listDistributors",
    (c) => c.tariffs.listDistributors(),
    { path: "/store/solar360/distributors", init: {} },
  ],
  [
    "financingSimulations.create",
    (c) =>
      c.financingSimulations.create(
        { system_cost: 30000, term_months: 60, interest_rate_monthly: 1.9 },
        { idempotencyKey: IDEMPOTENCY_KEY, query: { fields: "id,installment_amount" } }
      ),
    {
      path: "/store/solar360/financing-simulations",
      init: {
        method: "POST",
        body: { system_cost: 30000, term_months: 60, interest_rate_monthly: 1.9 },
        query: { fields: "id,installment_amount" },
        headers: { "idempotency-key": IDEMPOTENCY_KEY },
      },
    },
  ],
  [
    "financingSimulations.retrieve",
    (c) => c.financingSimulations.retrieve("fsim_1/../x", { resumeToken: "s360rt_abc" }),
    { path: "/store/solar360/financing-simulations/fsim_1%2F..%2Fx", init: { headers: { "x-resume-token": "s360rt_abc" } } },
  ],
  [
    "financingSimulations.accept",
    (c) => c.financingSimulations.accept("fsim_1", { chosen_reason: "lowest installment" }, { resumeToken: "s360rt_abc" }),
    {
      path: "/store/solar360/financing-simulations/fsim_1/accept",
      init: { method: "POST", body: { chosen_reason: "lowest installment" }, headers: { "x-resume-token": "s360rt_abc" } },
    },
  ],
  [
    "financingSimulations.listMine",
    (c) => c.financingSimulations.listMine({ limit: 5, offset: 10 }),
    { path: "/store/solar360/customers/me/financing-simulations", init: { query: { limit: 5, offset: 10 } } },
  ],
  [
    "solarViabilityAnalyses.create",
    (c) =>
      c.solarViabilityAnalyses.create(
        { monthly_consumption_kwh: 450, state: "MG", city: "Belo Horizonte" },
        { idempotencyKey: IDEMPOTENCY_KEY }
      ),
    {
      path: "/store/solar360/solar-viability-analyses",
      init: {
        method: "POST",
        body: { monthly_consumption_kwh: 450, state: "MG", city: "Belo Horizonte" },
        headers: { "idempotency-key": IDEMPOTENCY_KEY },
      },
    },
  ],
  [
    "solarViabilityAnalyses.retrieve",
    (c) => c.solarViabilityAnalyses.retrieve("sva_1", { resumeToken: "s360rt_def", query: { fields: "id" } }),
    {
      path: "/store/solar360/solar-viability-analyses/sva_1",
      init: { query: { fields: "id" }, headers: { "x-resume-token": "s360rt_def" } },
    },
  ],
  [
    "solarViabilityAnalyses.listMine",
    (c) => c.solarViabilityAnalyses.listMine(),
    { path: "/store/solar360/customers/me/solar-viability-analyses", init: {} },
  ],
  [
    "photogrammetry.lookup",
    (c) => c.photogrammetry.lookup({ latitude: -19.9245, longitude: -43.9352 }),
    { path: "/store/solar360/photogrammetry/lookup", init: { method: "POST", body: { latitude: -19.9245, longitude: -43.9352 } } },
  ],
  [
    "helio.retrieveConversation",
    (c) => c.helio.retrieveConversation("hconv_1", { resumeToken: "s360st_xyz" }),
    { path: "/store/solar360/helio/conversations/hconv_1", init: { headers: { "x-resume-token": "s360st_xyz" } } },
  ],
  [
    "helio.rateConversation",
    (c) => c.helio.rateConversation("hconv_1", { satisfaction: 5, comment: "Clear answers" }, { resumeToken: "s360st_xyz" }),
    {
      path: "/store/solar360/helio/conversations/hconv_1/feedback",
      init: { method: "POST", body: { satisfaction: 5, comment: "Clear answers" }, headers: { "x-resume-token": "s360st_xyz" } },
    },
  ],
  [
    "helio.rateAnswer",
    (c) => c.helio.rateAnswer("ragq_1", { thumbs: "down" }),
    { path: "/store/solar360/rag-queries/ragq_1/feedback", init: { method: "POST", body: { thumbs: "down" } } },
  ],
]

/** `group.method` for every function of the client object. */
function methodNames(client: Solar360StoreClient): string[] {
  return Object.entries(client).flatMap(([group, methods]) =>
    Object.entries(methods as Record<string, unknown>)
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => `${group}.${name}`)
  )
}

/** The routes.ts template (`post /store/solar360/leads/{id}`) a recorded call matches. */
function routeOf(call: Call, templates: Array<{ method: string; path: string }>): string | undefined {
  const method = ((call.init as { method?: string } | undefined)?.method ?? "GET").toLowerCase()
  const match = templates.find(
    (route) => route.method === method && new RegExp(`^${route.path.replace(/\{\w+\}/g, "[^/]+")}$`).test(call.path)
  )
  return match && `${match.method} ${match.path}`
}

describe("createStoreClient", () => {
  it.each(CASES)("%s calls its route with the method, body, query and headers given", async (_, invoke, expected) => {
    const answer = { from: "the route" }
    const { calls, client } = recordingSdk(answer)
    await expect(invoke(client)).resolves.toBe(answer)
    expect(calls).toEqual([expected])
  })

  it("has a method for every /store route of routes.ts, and the table above tests every method", async () => {
    const storeRoutes = ROUTES.filter((route) => route.path.startsWith("/store/"))
    const { calls, client } = recordingSdk()
    expect(CASES.map(([name]) => name).sort()).toEqual(methodNames(client).sort())
    for (const [, invoke] of CASES) {
      await invoke(client)
    }
    const covered = new Set(calls.map((call) => routeOf(call, storeRoutes) ?? `unknown ${call.path}`))
    expect([...covered].sort()).toEqual(storeRoutes.map((route) => `${route.method} ${route.path}`).sort())
    expect(covered.size).toBeGreaterThanOrEqual(19)
  })

  it("never puts a token in the URL or an empty header in the init", async () => {
    const { calls, client } = recordingSdk()
    await client.financingSimulations.retrieve("fsim_1")
    await client.financingSimulations.retrieve("fsim_1", { resumeToken: "" })
    await client.financingSimulations.accept("fsim_1")
    expect(calls).toEqual([
      { path: "/store/solar360/financing-simulations/fsim_1", init: {} },
      { path: "/store/solar360/financing-simulations/fsim_1", init: {} },
      { path: "/store/solar360/financing-simulations/fsim_1/accept", init: { method: "POST", body: {} } },
    ])
  })

  it("adds the client's own headers to every call, a call's own header winning", async () => {
    const calls: Call[] = []
    const sdk = {
      client: {
        fetch: async <T>(path: string, init?: unknown): Promise<T> => {
          calls.push({ path, init })
          return {} as T
        },
      },
    }
    const client = createStoreClient(sdk, { headers: { authorization: "Bearer customer-jwt", "x-resume-token": "default" } })
    await client.financingSimulations.listMine()
    await client.helio.rateAnswer("ragq_1", { thumbs: "up" }, { resumeToken: "s360st_xyz" })
    expect(calls).toEqual([
      {
        path: "/store/solar360/customers/me/financing-simulations",
        init: { headers: { authorization: "Bearer customer-jwt", "x-resume-token": "default" } },
      },
      {
        path: "/store/solar360/rag-queries/ragq_1/feedback",
        init: {
          method: "POST",
          body: { thumbs: "up" },
          headers: { authorization: "Bearer customer-jwt", "x-resume-token": "s360st_xyz" },
        },
      },
    ])
  })

  it("lets the SDK's FetchError through untouched", async () => {
    const refusal = fetchError(429, "Too many requests")
    const client = createStoreClient({ client: { fetch: () => Promise.reject(refusal) } })
    await expect(client.tariffs.retrieve({ distributor: "ENEL SP" })).rejects.toBe(refusal)
  })

  // The @ts-expect-error lines fail `npm run typecheck` if the request types ever become loose
  // (an unused directive is an error); at run time the server stays the judge.
  it("types each request and answer from the generated OpenAPI types", async () => {
    const { calls, client } = recordingSdk()
    // @ts-expect-error: interest_type is one of the route's values
    await client.leads.capture({ email: "x@example.com", interest_type: "anything" })
    // @ts-expect-error: an unknown field (the route's body is strict)
    await client.leads.capture({ email: "x@example.com", status: "won" })
    // @ts-expect-error: thumbs is up or down
    await client.helio.rateAnswer("ragq_1", { thumbs: "sideways" })
    // @ts-expect-error: the distributor is required
    await client.tariffs.retrieve({})
    // @ts-expect-error: a resume token never goes in the query
    await client.financingSimulations.retrieve("fsim_1", { query: { resume_token: "s360rt_abc" } })
    expect(calls).toHaveLength(5)

    const created: StoreResponse<"/store/solar360/financing-simulations", "post"> = await client.financingSimulations.create({
      system_cost: 1,
      term_months: 1,
      interest_rate_monthly: 1,
    })
    const token: string | null = created.resume_token
    // @ts-expect-error: the answer is typed (not any)
    const wrong: number = created.resume_token
    expect([token, wrong]).toEqual([undefined, undefined])
  })

  it("takes a real @medusajs/js-sdk instance (checked by typecheck)", () => {
    const withTheSdk = (sdk: Medusa) => createStoreClient(sdk)
    expect(typeof withTheSdk).toBe("function")
  })
})

describe("invalidFields", () => {
  const FIELDS = ["name", "email", "phone", "state", "consent"] as const

  it("gives each problem of a 400 to the field it names, the rest to other", () => {
    const error = fetchError(
      400,
      "Invalid request: email must be a valid e-mail address; Field 'state' is required; Unrecognized fields: 'status'"
    )
    expect(invalidFields(error, FIELDS)).toEqual({
      fields: { email: "email must be a valid e-mail address", state: "Field 'state' is required" },
      other: ["Unrecognized fields: 'status'"],
    })
  })

  it("matches whole field names only, nested paths to their top field", () => {
    const error = fetchError(400, "Invalid request: Field 'consent.terms_version' is required; an e-mail is required")
    expect(invalidFields(error, FIELDS)).toEqual({
      fields: { consent: "Field 'consent.terms_version' is required" },
      other: ["an e-mail is required"],
    })
  })

  it("finds nothing in anything but a 400", () => {
    expect(invalidFields(fetchError(429, "email rate limited"), FIELDS)).toEqual({ fields: {}, other: [] })
    expect(invalidFields(new Error("email"), FIELDS)).toEqual({ fields: {}, other: [] })
    expect(invalidFields("email", FIELDS)).toEqual({ fields: {}, other: [] })
    expect(isStoreError(fetchError(400, "x"))).toBe(true)
    expect(isStoreError({ status: 400, message: "x" })).toBe(false)
  })
})
