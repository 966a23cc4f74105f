// The plugin's admin screens in a real browser (Debian's Chromium) against the plugin's own
// Medusa server with the dashboard built: what a store operator sees. Every page must open
// without an uncaught error or a console error, in English and in Brazilian Portuguese.
// With SOLAR360_SCREENSHOT_DIR set (`npm run screenshots`), each page is saved there.
import path from "path"
import { startAdminRig, type AdminPage, type AdminRig } from "./admin-harness"

jest.setTimeout(600_000)

let rig: AdminRig

beforeAll(async () => {
  rig = await startAdminRig()
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
