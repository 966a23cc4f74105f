import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readFileSync } from "fs"
import { createServer, IncomingMessage, ServerResponse } from "http"
import { join } from "path"
import { residentialTariffFilters } from "../../../src/lib/aneel"
import { SOLAR360_MODULE } from "../../../src/modules/solar360"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { responseOf } from "../../helpers/auth"
import { beforeBoot, listenOnFreePort } from "../../helpers/before-boot"
import { createHttpContext } from "../../helpers/http-context"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

// A local stand-in for ANEEL's CKAN API answering from recorded-style payloads: it applies the
// `filters` JSON, `limit` and `offset` like datastore_search, and counts the calls.
const FIXTURES = join(__dirname, "../../../src/lib/aneel/__fixtures__")
const RECORDS = [1, 2, 3].flatMap(
  (page) => JSON.parse(readFileSync(join(FIXTURES, `tariffs-page-${page}.json`), "utf8")).result.records
)
const upstream = { calls: 0, fail: false, leak: false }
// What a CKAN error may carry (a gateway's echo of credentials, an internal host name).
const LEAKY_CKAN_ERROR = "Authorization token ckan_tok_7f3e9a1b rejected by gateway aneel-internal-db-04"
const PAGE_CAP = 4

function answer(req: IncomingMessage, res: ServerResponse) {
  upstream.calls++
  const url = new URL(req.url ?? "/", "http://localhost")
  if (upstream.fail) {
    res.writeHead(500, { "content-type": "text/plain" }).end("CKAN is down")
    return
  }
  if (upstream.leak) {
    res.writeHead(200, { "content-type": "application/json" }).end(
      JSON.stringify({ success: false, error: { message: LEAKY_CKAN_ERROR, __type: "Authorization Error" } })
    )
    return
  }
  if (!url.pathname.endsWith("/api/3/action/datastore_search")) {
    res.writeHead(404).end()
    return
  }
  const filters = JSON.parse(url.searchParams.get("filters") ?? "{}") as Record<string, string>
  const matching = RECORDS.filter((record: Record<string, unknown>) =>
    Object.entries(filters).every(([field, value]) => record[field] === value)
  )
  const offset = Number(url.searchParams.get("offset") ?? 0)
  // Like CKAN's own cap on `limit` (32,000 there), made small so the client has to page.
  const limit = Math.min(Number(url.searchParams.get("limit") ?? 100), PAGE_CAP)
  res.writeHead(200, { "content-type": "application/json" }).end(
    JSON.stringify({ success: true, result: { records: matching.slice(offset, offset + limit), total: matching.length } })
  )
}

// The runner loads medusa-config.ts before applying its `env` option, so the base URL is set
// before the boot, once the stand-in listens (../../helpers/before-boot.ts), and restored
// afterwards (test files share the process).
const server = createServer(answer)
const previousBaseUrl = process.env.SOLAR360_ANEEL_BASE_URL
beforeBoot(async () => {
  const port = await listenOnFreePort(server, "127.0.0.1")
  process.env.SOLAR360_ANEEL_BASE_URL = `http://127.0.0.1:${port}`
})
afterAll(async () => {
  if (previousBaseUrl === undefined) {
    delete process.env.SOLAR360_ANEEL_BASE_URL
  } else {
    process.env.SOLAR360_ANEEL_BASE_URL = previousBaseUrl
  }
  await new Promise((resolve) => server.close(resolve))
})

export function aneelSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let store: { headers: Record<string, string> }

  beforeEach(async () => {
    ;({ store } = await createHttpContext(api, getContainer(), { store: true }))
    upstream.fail = false
    upstream.leak = false
  })

  it("lists distributors from ANEEL once, page by page, then from the cache", async () => {
    const before = upstream.calls
    const residentialRows = RECORDS.filter((record: Record<string, unknown>) =>
      Object.entries(residentialTariffFilters()).every(([field, value]) => record[field] === value)
    ).length
    const first = await api.get("/store/solar360/distributors", store)
    expect(first.status).toBe(200)
    const enel = first.data.distributors.find((d: any) => d.cnpj === "61695227000193")
    expect(enel).toMatchObject({ acronym: "ENEL SP", former_acronyms: ["ELETROPAULO"] })
    expect(first.data.distributors.map((d: any) => d.acronym)).toEqual(
      expect.arrayContaining(["CEMIG-D", "COPEL-DIS", "CPFL-PAULISTA", "LIGHT SESA"])
    )
    const second = await api.get("/store/solar360/distributors", store)
    expect(second.data.cache.hit).toBe(true)
    // Every page once (the server answers at most PAGE_CAP rows), then nothing more.
    expect(residentialRows).toBeGreaterThan(2 * PAGE_CAP)
    expect(upstream.calls - before).toBe(Math.ceil(residentialRows / PAGE_CAP))
  })

  it("answers a distributor's residential tariff in force on a date, by acronym or CNPJ", async () => {
    const response = await api.get("/store/solar360/tariffs?distributor=enel%20sp&date=2025-08-01", store)
    expect(response.data.tariff).toMatchObject({
      distributor_acronym: "ENEL SP",
      distributor_cnpj: "61695227000193",
      te: 0.28104,
      tusd: 0.43891,
      total: 0.71995,
      valid_from: "2025-07-04",
      source: "aneel",
      taxes_included: false,
      classification: expect.objectContaining({ DscSubGrupo: "B1", DscClasse: "Residencial" }),
    })
    const older = await api.get("/store/solar360/tariffs?distributor=61.695.227/0001-93&date=2024-12-01", store)
    expect(older.data.tariff).toMatchObject({ te: 0.27257, tusd: 0.41237, valid_from: "2024-07-04" })
    // Both dates were answered from one cached set of rows.
    const calls = upstream.calls
    const again = await api.get("/store/solar360/tariffs?distributor=61695227000193", store)
    expect(again.data.tariff.cache.hit).toBe(true)
    expect(upstream.calls).toBe(calls)
  })

  it("answers another classification's tariff (B3 commercial) when asked", async () => {
    const query = new URLSearchParams({
      distributor: "LIGHT SESA",
      subgroup: "B3",
      class: "Comercial, Serviços e Outras",
      subclass: "Comercial",
      date: "2025-08-01",
    })
    const response = await api.get(`/store/solar360/tariffs?${query}`, store)
    expect(response.data.tariff).toMatchObject({ te: 0.30177, tusd: 0.52844, total: 0.83021, valid_from: "2025-03-15" })
  })

  it("uses the ANEEL tariff in a viability analysis when the customer gave none, and records it", async () => {
    const response = await api.post(
      "/store/solar360/solar-viability-analyses",
      { monthly_consumption_kwh: 400, state: "SP", utility_company: "ENEL SP" },
      store
    )
    expect(response.status).toBe(201)
    const analysis = response.data.solar_viability_analysis
    expect(Number(analysis.tariff_kwh_brl)).toBe(0.71995)
    expect(analysis.assumptions.data_sources.tariff).toMatchObject({
      source: "aneel",
      distributor_cnpj: "61695227000193",
      valid_from: "2025-07-04",
      taxes_included: false,
    })
  })

  it("answers 404 for an unknown distributor and 400 for bad input", async () => {
    const unknown = await responseOf(api.get("/store/solar360/tariffs?distributor=DISTRIBUIDORA%20X", store))
    expect(unknown.status).toBe(404)
    expect(unknown.data.code).toBe("solar360_distributor_not_found")
    const badCnpj = await responseOf(api.get("/store/solar360/tariffs?distributor=61.695.227/0001-00", store))
    expect(badCnpj.status).toBe(400)
    expect(badCnpj.data.code).toBe("aneel_invalid_cnpj")
    const noRow = await responseOf(api.get("/store/solar360/tariffs?distributor=ENEL%20SP&subgroup=A4", store))
    expect(noRow.status).toBe(404)
    expect(noRow.data.code).toBe("solar360_tariff_not_found")
    expect((await responseOf(api.get("/store/solar360/tariffs?distributor=ENEL%20SP&tariff=x", store))).status).toBe(400)
    expect((await responseOf(api.get("/store/solar360/tariffs", store))).status).toBe(400)
    expect((await responseOf(api.get("/store/solar360/tariffs?distributor=ENEL%20SP&date=ontem", store))).status).toBe(400)
    expect((await responseOf(api.get("/store/solar360/tariffs?distributor=ENEL%20SP"))).status).toBe(400)
  })

  it("answers 502 with a code when ANEEL fails and nothing is cached; serves stale within the window", async () => {
    const solar360: Solar360ModuleService = getContainer().resolve(SOLAR360_MODULE)
    // Cached, then expired: ANEEL failing now serves the stale rows.
    await api.get("/store/solar360/tariffs?distributor=CEMIG-D&date=2025-08-01", store)
    const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await pg.raw("UPDATE aneel_cache SET expires_at = now() - interval '1 hour' WHERE kind = 'tariffs'")
    upstream.fail = true
    const stale = await api.get("/store/solar360/tariffs?distributor=CEMIG-D&date=2025-08-01", store)
    expect(stale.data.tariff.cache.stale).toBe(true)
    expect(stale.data.tariff.total).toBe(0.78707)

    await solar360.purgeCache("aneel_cache", "tariffs")
    const failed = await responseOf(api.get("/store/solar360/tariffs?distributor=CEMIG-D", store))
    expect(failed.status).toBe(502)
    expect(failed.data.code).toBe("solar360_upstream_error")
  })

  it("keeps ANEEL's error text out of the store answer and in the log", async () => {
    const logger = getContainer().resolve("logger") as { warn: (...args: unknown[]) => void }
    const warn = jest.spyOn(logger, "warn")
    try {
      upstream.leak = true
      for (const path of ["/store/solar360/tariffs?distributor=CEMIG-D", "/store/solar360/distributors"]) {
        const failed = await responseOf(api.get(path, store))
        expect(failed.status).toBe(502)
        expect(failed.data.code).toBe("solar360_upstream_error")
        const text = JSON.stringify(failed.data)
        for (const secret of ["ckan_tok_7f3e9a1b", "aneel-internal-db-04", "Authorization", "success=false"]) {
          expect(text).not.toContain(secret)
        }
      }
      expect(warn.mock.calls.map((call) => String(call[0])).join("\n")).toContain("ckan_tok_7f3e9a1b")
    } finally {
      warn.mockRestore()
    }
  })
}
