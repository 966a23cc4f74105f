// Per-client rate limits of the routes that cost money or storage per call. The runner loads
// medusa-config.ts before it applies its `env` option: the limits must be in process.env first.
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { createCustomerHeaders, responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

const LIMIT = 2
const previous = process.env.SOLAR360_RATE_LIMITS
process.env.SOLAR360_RATE_LIMITS = JSON.stringify({
  routes: Object.fromEntries(
    ["photogrammetryLookup", "tariffs", "distributors", "financingSimulations", "solarViabilityAnalyses", "leads"].map(
      (route) => [route, { points: LIMIT, durationSeconds: 3600 }]
    )
  ),
})
afterAll(() => {
  if (previous === undefined) {
    delete process.env.SOLAR360_RATE_LIMITS
  } else {
    process.env.SOLAR360_RATE_LIMITS = previous
  }
})

// The in-memory counters outlive the per-test database restore: each test comes from its own
// addresses (Medusa trusts one proxy, so X-Forwarded-For is the client's address).
let nextAddress = 1
const newAddress = () => `203.0.113.${nextAddress++}`

const simulationBody = () => ({
  system_cost: 30_000,
  down_payment: 5_000,
  term_months: 60,
  interest_rate_monthly: 1.9,
  person_type: "PF",
})

const analysisBody = () => ({
  monthly_consumption_kwh: 400,
  tariff_kwh_brl: 0.95,
  state: "sp",
  connection_type: "bi",
})

let leadNumber = 0
const leadBody = () => ({ email: `visitante-${++leadNumber}@example.com`, interest_type: "quote" })

export function rateLimitsSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let store: RequestHeaders
  let solar360: Solar360ModuleService

  beforeEach(async () => {
    ;({ store, solar360 } = await createHttpContext(api, getContainer(), { store: true }))
  })

  const from = (address: string, headers = store.headers) => ({ headers: { ...headers, "x-forwarded-for": address } })

  const expectRateLimited = (response: any) => {
    expect(response.status).toBe(429)
    expect(response.data).toMatchObject({ type: "not_allowed", code: "solar360_rate_limited" })
    const retryAfter = Number(response.headers["retry-after"])
    expect(Number.isInteger(retryAfter)).toBe(true)
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(3600)
  }

  const counts = {
    leads: async () => (await solar360.listLeads({}, { select: ["id"] })).length,
    simulations: async () => (await solar360.listFinancingSimulations({}, { select: ["id"] })).length,
    analyses: async () => (await solar360.listSolarViabilityAnalyses({}, { select: ["id"] })).length,
  }

  const cases = [
    { route: "/store/solar360/leads", body: leadBody, count: counts.leads },
    { route: "/store/solar360/financing-simulations", body: simulationBody, count: counts.simulations },
    { route: "/store/solar360/solar-viability-analyses", body: analysisBody, count: counts.analyses },
  ]

  describe.each(cases)("POST $route", ({ route, body, count }) => {
    it("refuses the call past the limit with 429 and Retry-After, writes nothing, and does not limit another address", async () => {
      const address = newAddress()
      for (let i = 0; i < LIMIT; i++) {
        const allowed = await responseOf(api.post(route, body(), from(address)))
        expect(allowed.status).toBeLessThan(300)
      }
      const before = await count()
      expect(before).toBe(LIMIT)

      const refused = await responseOf(api.post(route, body(), from(address)))
      expectRateLimited(refused)
      expect(await count()).toBe(before)

      const other = await responseOf(api.post(route, body(), from(newAddress())))
      expect(other.status).toBeLessThan(300)
      expect(await count()).toBe(before + 1)
    })
  })

  it("counts a logged-in customer by id: another customer behind the same address is not limited", async () => {
    const address = newAddress()
    const first = await createCustomerHeaders(api, getContainer(), store, "primeira@example.com")
    const second = await createCustomerHeaders(api, getContainer(), store, "segunda@example.com")
    for (let i = 0; i < LIMIT; i++) {
      expect((await api.post("/store/solar360/financing-simulations", simulationBody(), from(address, first.headers))).status).toBe(201)
    }
    expectRateLimited(await responseOf(api.post("/store/solar360/financing-simulations", simulationBody(), from(address, first.headers))))

    const other = await responseOf(api.post("/store/solar360/financing-simulations", simulationBody(), from(address, second.headers)))
    expect(other.status).toBe(201)
    expect(other.data.financing_simulation.customer_id).toBe(second.customer_id)
  })

  it("counts calls before validation and separately per route (tariffs, distributors, roof lookups)", async () => {
    const address = newAddress()
    // Invalid calls still count: a flood of bad requests is refused like any other.
    for (let i = 0; i < LIMIT; i++) {
      expect((await responseOf(api.get("/store/solar360/tariffs", from(address)))).status).toBe(400)
    }
    expectRateLimited(await responseOf(api.get("/store/solar360/tariffs", from(address))))
    // The same client has its own count on the other routes.
    expect((await responseOf(api.get("/store/solar360/distributors?unexpected=1", from(address)))).status).toBe(400)

    for (let i = 0; i < LIMIT; i++) {
      expect((await responseOf(api.post("/store/solar360/photogrammetry/lookup", {}, from(address)))).status).toBe(400)
    }
    expectRateLimited(await responseOf(api.post("/store/solar360/photogrammetry/lookup", {}, from(address))))
    expect((await responseOf(api.post("/store/solar360/photogrammetry/lookup", {}, from(newAddress())))).status).toBe(400)
  })

  it("keeps the counters under the day's IP hash, never the raw address", async () => {
    const address = newAddress()
    const limiterKey = `ip:${await solar360.hashRequestIp(address, "")}`
    expect(limiterKey).not.toContain(address)
    for (let i = 0; i < LIMIT; i++) {
      await responseOf(api.get("/store/solar360/tariffs", from(address)))
    }
    // The same hashed key, consumed directly, is the one the route exhausted.
    const decision = await solar360.consumeRateLimit("tariffs", limiterKey)
    expect(decision.allowed).toBe(false)
  })
}
