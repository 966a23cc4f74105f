// The plugin's admin screens in a real browser (Debian's Chromium) against the plugin's own
// Medusa server with the dashboard built and the demo store (`npm run seed:demo`) in its
// database: what a store operator sees. Every page must open without an uncaught error or a
// console error, in English and in Brazilian Portuguese.
// With SOLAR360_SCREENSHOT_DIR set (`npm run screenshots`), each page is saved there.
import path from "path"
import { LEAD_STATUSES } from "../../src/lib/leads"
import { DEMO_COUNTS } from "../../scripts/seed-demo"
import { eventually } from "../helpers/eventually"
import { startAdminRig, type AdminPage, type AdminRig } from "./admin-harness"
import { ADMIN_SUITES } from "./admin-suites"

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
    expect(second).toMatch(/Demo data already present \(seeded [^)]+\); nothing to do/)
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
    await screenshot(page, `${name}-pt-BR`)
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

/** An admin API call with the rig's bearer token (test setup, not what the pages do). */
async function adminApi<T>(method: "GET" | "POST" | "DELETE", path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${rig.server.baseUrl}${path}`, {
    method,
    headers: { "content-type": "application/json", authorization: `Bearer ${rig.server.adminToken}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as T
}

async function createLead(email: string, name: string): Promise<string> {
  const { lead } = await adminApi<{ lead: { id: string } }>("POST", "/admin/solar360/leads", {
    name,
    email,
    city: "Campinas",
    state: "SP",
    source: "phone",
  })
  return lead.id
}

async function leadRow(id: string) {
  const [row] = await rig.server.query<{ status: string; merged_into_id: string | null; deleted_at: Date | null }>(
    "SELECT status, merged_into_id, deleted_at FROM lead WHERE id = $1",
    [id]
  )
  return row
}

describe("working leads", () => {
  it("moves a lead on the board, records the history entry, and refuses an illegal move with the rule's message", async () => {
    const id = await createLead("quadro@example.com", "Quadro Teste")
    const page = await openPage(`/solar360/leads?view=board&q=${encodeURIComponent("quadro@example.com")}`, /^Leads$/)
    const card = page.getByTestId(`lead-card-${id}`)
    await card.waitFor({ timeout: 60_000 })
    expect(await card.getAttribute("data-status")).toBe("new")

    await card.getByRole("button", { name: "Move to…" }).click()
    await page.getByRole("menuitem", { name: "Contacted", exact: true }).click()
    await eventually(async () => expect((await leadRow(id)).status).toBe("contacted"), 30_000)
    const history = await rig.server.query<{ from_status: string | null; to_status: string; actor_type: string }>(
      "SELECT from_status, to_status, actor_type FROM lead_status_change WHERE lead_id = $1 ORDER BY created_at",
      [id]
    )
    expect(history).toEqual([
      { from_status: null, to_status: "new", actor_type: expect.any(String) },
      { from_status: "new", to_status: "contacted", actor_type: "user" },
    ])
    await page.getByTestId(`lead-card-${id}`).and(page.locator('[data-status="contacted"]')).waitFor()
    await screenshot(page, "admin-leads-board")

    // Back to "new" breaks the funnel rule: the API's message in a toast, nothing written.
    await page.getByTestId(`lead-card-${id}`).getByRole("button", { name: "Move to…" }).click()
    await page.getByRole("menuitem", { name: "New", exact: true }).click()
    await page.getByText(/cannot move back/i).first().waitFor({ timeout: 30_000 })
    expect((await leadRow(id)).status).toBe("contacted")
    const [{ count }] = await rig.server.query<{ count: string }>("SELECT count(*) FROM lead_status_change WHERE lead_id = $1", [id])
    expect(Number(count)).toBe(2)
    expect(page.problems.filter((problem) => !problem.includes("400"))).toEqual([])
    await page.close()
  })

  it("asks before reopening a lost lead: cancel writes nothing, confirm moves it back and records the reopen", async () => {
    const id = await createLead("reaberto@example.com", "Reaberto Teste")
    await adminApi("POST", `/admin/solar360/leads/${id}`, { status: "lost", lost_reason: "sem acesso ao telhado" })
    const page = await openPage(`/solar360/leads?view=board&q=${encodeURIComponent("reaberto@example.com")}`, /^Leads$/)
    const card = page.getByTestId(`lead-card-${id}`)
    await card.and(page.locator('[data-status="lost"]')).waitFor({ timeout: 60_000 })

    // Dropping a card of a final column on an open one, or choosing "Reopen as", asks first.
    await card.dragTo(page.getByTestId("lead-column-contacted"))
    const dialog = page.getByRole("alertdialog")
    await dialog.getByText("Reopen this lead?").waitFor({ timeout: 30_000 })
    await dialog.getByText("It is Lost. Reopening moves it back to Contacted").waitFor()
    await dialog.getByRole("button", { name: "Cancel" }).click()
    await dialog.waitFor({ state: "hidden" })
    expect((await leadRow(id)).status).toBe("lost")

    await card.getByRole("button", { name: "Move to…" }).click()
    await page.getByRole("menuitem", { name: "Reopen as Contacted" }).click()
    await dialog.getByRole("button", { name: "Reopen" }).click()
    await eventually(async () => expect((await leadRow(id)).status).toBe("contacted"), 30_000)
    const history = await rig.server.query<{ from_status: string | null; to_status: string }>(
      "SELECT from_status, to_status FROM lead_status_change WHERE lead_id = $1 ORDER BY created_at",
      [id]
    )
    expect(history.map((change) => `${change.from_status}>${change.to_status}`)).toEqual(["null>new", "new>lost", "lost>contacted"])
    expect(page.problems).toEqual([])
    await page.close()
  })

  it("imports a CSV with one bad row: the preview names the row's problem and only the good row is written", async () => {
    const page = await openPage("/solar360/leads", /^Leads$/)
    await page.getByRole("button", { name: "Import CSV" }).click()
    const csv = ["nome,email,telefone,cidade,estado", "Importada Boa,importada@example.com,11987654321,Campinas,SP", "Importada Ruim,isto-nao-e-email,,Campinas,SP", ""].join("\n")
    await page.locator("#solar360-import-file").setInputFiles({ name: "leads.csv", mimeType: "text/csv", buffer: Buffer.from(csv) })
    const preview = page.getByTestId("lead-import-preview")
    await preview.waitFor({ timeout: 60_000 })
    await preview.getByText("2 rows: 1 new, 0 update existing leads, 1 invalid").waitFor()
    await expect(preview.getByText(/email/i).count()).resolves.toBeGreaterThan(0)
    await screenshot(page, "admin-leads-import")
    expect(await rig.server.query("SELECT id FROM lead WHERE email LIKE 'importada%' OR name LIKE 'Importada%'")).toEqual([])

    await page.getByRole("button", { name: "Import 1 valid rows" }).click()
    await eventually(async () => {
      const written = await rig.server.query<{ name: string; email: string }>("SELECT name, email FROM lead WHERE name LIKE 'Importada%'")
      expect(written).toEqual([{ name: "Importada Boa", email: "importada@example.com" }])
    }, 30_000)
    expect(page.problems).toEqual([])
    await page.close()
  })

  it("merges two leads from the detail page: the absorbed one points at the survivor and is deleted", async () => {
    const survivor = await createLead("sobrevivente@example.com", "Sobrevivente Teste")
    const absorbed = await createLead("absorvido@example.com", "Absorvido Teste")
    const page = await openPage(`/solar360/leads/${survivor}`, /Sobrevivente Teste/)
    await page.getByRole("button", { name: "Merge another lead into this one" }).click()
    await page.getByRole("searchbox", { name: "Search the lead to absorb" }).fill("absorvido@example.com")
    const candidates = page.getByTestId("lead-merge-candidates")
    await candidates.getByText("Absorvido Teste").waitFor({ timeout: 30_000 })
    await candidates.getByRole("button", { name: "Pick" }).first().click()
    await page.getByRole("button", { name: "Merge", exact: true }).click()
    await eventually(async () => {
      const row = await leadRow(absorbed)
      expect(row.merged_into_id).toBe(survivor)
      expect(row.deleted_at).not.toBeNull()
    }, 30_000)
    expect((await leadRow(survivor)).deleted_at).toBeNull()
    expect(page.problems).toEqual([])
    await page.close()
  })

  it("opens a lead's detail with its timeline", async () => {
    const [lead] = await rig.server.query<{ id: string; name: string }>(
      "SELECT id, name FROM lead WHERE anonymous_id IS NOT NULL AND name IS NOT NULL AND deleted_at IS NULL ORDER BY id LIMIT 1"
    )
    const page = await openPage(`/solar360/leads/${lead.id}`, lead.name)
    await page.getByText("Timeline", { exact: true }).first().waitFor()
    await screenshot(page, "admin-leads-detail")
    expect(page.problems).toEqual([])
    await page.close()
  })
})

describe("the 360° view on a customer", () => {
  it("shows the person's timeline from the plugin's data on the customer page", async () => {
    const [customer] = await rig.server.query<{ customer_id: string }>(
      "SELECT customer_id FROM lead WHERE customer_id IS NOT NULL AND deleted_at IS NULL ORDER BY customer_id LIMIT 1"
    )
    // Tall enough for the widget under Medusa's own sections (the dashboard scrolls inside a container).
    const page = await rig.open(`/customers/${customer.customer_id}`, { viewport: { width: 1440, height: 2200 } })
    // The widget's container: the element whose first child holds its heading.
    const widget = page
      .getByRole("heading", { name: "Solar360 · 360° view" })
      .locator("xpath=ancestor::div[contains(@class, 'divide-y')][1]")
    await widget.waitFor({ timeout: 90_000 })
    await widget.getByText("Timeline", { exact: true }).first().waitFor()
    await page.waitForLoadState("networkidle")
    // At least one row of the person's own history (their lead's capture, at least).
    await expect(widget.locator("tbody tr").count()).resolves.toBeGreaterThan(0)
    await screenshot(page, "admin-customer-360")
    expect(page.problems).toEqual([])
    await page.close()
  })
})

describe("the 360° views on an order and a product", () => {
  it("shows what brought a converted lead's order: first touch and the lead", async () => {
    const [lead] = await rig.server.query<{ order_id: string }>(
      "SELECT order_id FROM lead WHERE order_id IS NOT NULL AND deleted_at IS NULL ORDER BY order_id LIMIT 1"
    )
    const page = await rig.open(`/orders/${lead.order_id}`, { viewport: { width: 1440, height: 2200 } })
    const widget = page
      .getByRole("heading", { name: "Solar360 · What brought this order" })
      .locator("xpath=ancestor::div[contains(@class, 'divide-y')][1]")
    await widget.waitFor({ timeout: 90_000 })
    await widget.getByText("First touch", { exact: true }).waitFor()
    await widget.getByText("From the converted lead", { exact: true }).waitFor()
    await page.waitForLoadState("networkidle")
    await screenshot(page, "admin-order-attribution")
    expect(page.problems).toEqual([])
    await page.close()
  })

  it("shows a product's views, add-to-cart and purchases for a period the operator picks", async () => {
    const [product] = await rig.server.query<{ product_id: string; views: string }>(
      "SELECT product_id, count(*) AS views FROM event WHERE event_name = 'product_view' AND product_id IS NOT NULL GROUP BY product_id ORDER BY count(*) DESC, product_id LIMIT 1"
    )
    const page = await rig.open(`/products/${product.product_id}`, { viewport: { width: 1440, height: 2200 } })
    const widget = page
      .getByRole("heading", { name: "Solar360 · Product analytics" })
      .locator("xpath=ancestor::div[contains(@class, 'divide-y')][1]")
    await widget.waitFor({ timeout: 90_000 })
    await widget.getByText("Views", { exact: true }).waitFor()
    await widget.getByText("Added to cart", { exact: true }).waitFor()
    await page.waitForLoadState("networkidle")
    await screenshot(page, "admin-product-analytics")
    expect(page.problems).toEqual([])
    await page.close()
  })
})

// The dashboards' suites (integration-tests/browser/admin-suites/), on the same rig and demo store.
for (const suite of ADMIN_SUITES) {
  suite({ rig: () => rig, openPage, screenshot, adminApi })
}
