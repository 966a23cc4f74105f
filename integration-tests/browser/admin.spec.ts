// The plugin's admin screens in a real browser (Debian's Chromium) against the plugin's own
// Medusa server with the dashboard built and the demo store (`npm run seed:demo`) in its
// database: what a store operator sees. Every page must open without an uncaught error or a
// console error, in English and in Brazilian Portuguese.
// With SOLAR360_SCREENSHOT_DIR set (`npm run screenshots`), each page is saved there.
import path from "path"
import { LEAD_STATUSES } from "../../src/lib/leads"
import { DEMO_COUNTS } from "../../scripts/seed-demo"
import { startAdminRig, type AdminPage, type AdminRig } from "./admin-harness"

jest.setTimeout(600_000)

let rig: AdminRig
let seedOutput = ""

const DEMO_TABLES = [
  "lead",
  "lead_status_change",
  "lead_note",
  "lead_consent_change",
  "event",
  "catalog_access_log",
  "analytics_daily_rollup",
  "helio_conversation",
  "rag_query",
  "financing_simulation",
  "solar_viability_analysis",
  "photogrammetry_analysis",
  "aneel_cache",
  "pvlib_cache",
  "product",
  "customer",
  "order",
] as const

async function tableCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of DEMO_TABLES) {
    // Table names come from the constant list above, never from input.
    const [row] = await rig.server.query<{ count: string }>(`SELECT count(*) FROM "${table}" WHERE deleted_at IS NULL`)
    counts[table] = Number(row.count)
  }
  return counts
}

beforeAll(async () => {
  rig = await startAdminRig({
    // A scheduled job firing mid-seed would roll up half-written days.
    env: { SOLAR360_DISABLED_JOBS: "*" },
    seed: async (server) => {
      seedOutput = await server.exec("./scripts/seed-demo.ts")
    },
  })
})

afterAll(async () => {
  await rig?.close()
})

async function screenshot(page: AdminPage, name: string) {
  const dir = process.env.SOLAR360_SCREENSHOT_DIR
  if (dir) {
    await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true })
  }
}

/** Opens a page, waits for its heading, and returns it with no problems reported so far. */
async function openPage(route: string, heading: string | RegExp, language: "en" | "ptBR" = "en") {
  const page = await rig.open(route, { language })
  await page.getByRole("heading", { name: heading }).first().waitFor({ timeout: 90_000 })
  // Let the queries settle: a failing request shows up as a console error.
  await page.waitForLoadState("networkidle")
  return page
}

describe("the demo store the pages show (npm run seed:demo)", () => {
  it("fills every table, with leads in every status, and a second run adds nothing", async () => {
    expect(seedOutput).toContain("Seeding the Solar360 demo store")
    const counts = await tableCounts()
    expect(counts).toEqual({
      product: 12,
      customer: DEMO_COUNTS.customers,
      order: DEMO_COUNTS.orders,
      lead: DEMO_COUNTS.leads,
      lead_status_change: expect.any(Number),
      lead_note: expect.any(Number),
      lead_consent_change: expect.any(Number),
      event: expect.any(Number),
      catalog_access_log: expect.any(Number),
      analytics_daily_rollup: expect.any(Number),
      helio_conversation: DEMO_COUNTS.conversations,
      rag_query: expect.any(Number),
      financing_simulation: expect.any(Number),
      solar_viability_analysis: expect.any(Number),
      photogrammetry_analysis: 14,
      aneel_cache: expect.any(Number),
      pvlib_cache: 18,
    })
    // "A few thousand events, not millions", and history behind every lead.
    expect(counts.event).toBeGreaterThan(2000)
    expect(counts.event).toBeLessThan(20_000)
    expect(counts.catalog_access_log).toBeGreaterThan(500)
    expect(counts.analytics_daily_rollup).toBeGreaterThan(0)
    expect(counts.lead_status_change).toBeGreaterThan(DEMO_COUNTS.leads)
    expect(counts.lead_note).toBeGreaterThan(0)
    expect(counts.lead_consent_change).toBeGreaterThan(0)
    expect(counts.rag_query).toBeGreaterThan(DEMO_COUNTS.conversations)
    expect(counts.financing_simulation).toBeGreaterThan(0)
    expect(counts.solar_viability_analysis).toBeGreaterThan(0)
    expect(counts.aneel_cache).toBeGreaterThan(1)

    const statuses = await rig.server.query<{ status: string }>("SELECT DISTINCT status FROM lead")
    expect(new Set(statuses.map((row) => row.status))).toEqual(new Set(LEAD_STATUSES))
    // The orders converted their customers' leads through the plugin's own workflow.
    const [converted] = await rig.server.query<{ count: string }>(
      "SELECT count(*) FROM lead WHERE status = 'converted' AND order_id IS NOT NULL"
    )
    expect(Number(converted.count)).toBeGreaterThan(0)
    const [browsing] = await rig.server.query<{ count: string }>("SELECT count(*) FROM lead WHERE anonymous_id IS NOT NULL")
    expect(Number(browsing.count)).toBeGreaterThan(0)
    // The ANEEL tariff of the analyses came from the seeded cache, as a real lookup would.
    const [analysis] = await rig.server.query<{ source: string; error: string | null }>(
      "SELECT assumptions->'data_sources'->'tariff'->>'source' AS source, assumptions->'data_sources'->'tariff'->>'error' AS error FROM solar_viability_analysis LIMIT 1"
    )
    expect(analysis).toEqual({ source: "aneel", error: null })

    const second = await rig.server.exec("./scripts/seed-demo.ts")
    expect(second).toContain("already present; nothing to do")
    expect(await tableCounts()).toEqual(counts)
  })
})

describe("the Solar360 pages", () => {
  const pages: Array<{ route: string; name: string; en: RegExp; ptBR: RegExp }> = [
    { route: "/solar360", name: "admin-overview", en: /Solar360/, ptBR: /Solar360/ },
    { route: "/solar360/leads", name: "admin-leads", en: /^Leads$/, ptBR: /^Leads$/ },
    { route: "/solar360/analytics", name: "admin-analytics", en: /Analytics/, ptBR: /Analytics|Análise/ },
    { route: "/solar360/privacy", name: "admin-privacy", en: /Privacy|LGPD/, ptBR: /Privacidade|LGPD/ },
  ]

  it.each(pages)("$route opens without errors in English", async ({ route, name, en }) => {
    const page = await openPage(route, en)
    await screenshot(page, name)
    expect(page.problems).toEqual([])
    await page.close()
  })

  it.each(pages)("$route opens without errors in Portuguese", async ({ route, name, ptBR }) => {
    const page = await openPage(route, ptBR, "ptBR")
    await screenshot(page, `${name}-pt-br`)
    expect(page.problems).toEqual([])
    await page.close()
  })

  it("lists the Solar360 pages in the admin's sidebar", async () => {
    const page = await openPage("/solar360", /Solar360/)
    const sidebar = page.locator("aside, nav").first()
    for (const label of ["Solar360", "Leads", "Analytics", "Privacy (LGPD)"]) {
      await expect(sidebar.getByText(label, { exact: true }).first().isVisible()).resolves.toBe(true)
    }
    await page.close()
  })
})
