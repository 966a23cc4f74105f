// The storefront tracker in a real browser (Debian's Chromium) against the plugin in a real
// Medusa server (`medusa start`), from a page on another origin: what a store's visitors run.
import type { Page } from "playwright-core"
import { eventually } from "../helpers/eventually"
import { startStorefrontRig, type StorefrontRig } from "./harness"

jest.setTimeout(240_000)

type TrackerHandle = {
  track: (name: string, category: string, fields?: Record<string, unknown>) => string | null
  flush: () => Promise<boolean>
  pending: { queued: number; dropped: number }
}
type EventRow = {
  message_id: string
  event_name: string
  session_id: string | null
  anonymous_id: string | null
  customer_id: string | null
  page_path: string | null
  url: string | null
  utm_source: string | null
  consent_analytics: boolean
}
const EVENT_COLUMNS =
  "message_id, event_name, session_id, anonymous_id, customer_id, path as page_path, url, utm_source, consent_analytics"

// Fast timers so a test does not wait on the production defaults (5 s batches, 1 s backoff).
const QUICK = { flushIntervalMs: 200, retry: { baseMs: 200, maxMs: 1_000 } }

let rig: StorefrontRig

beforeAll(async () => {
  rig = await startStorefrontRig()
})

afterAll(async () => {
  await rig?.close()
})

function anonymousId(page: Page): Promise<string | null> {
  return page.evaluate(() => JSON.parse(localStorage.getItem("solar360.anonymous_id") ?? "null"))
}

function track(page: Page, name: string): Promise<string | null> {
  return page.evaluate(
    (eventName) => (window as unknown as { solar360: { tracker: TrackerHandle } }).solar360.tracker.track(eventName, "engagement"),
    name
  )
}

function queued(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { solar360: { tracker: TrackerHandle } }).solar360.tracker.pending.queued)
}

function rowsFor(anonymous: string): Promise<EventRow[]> {
  return rig.server.query<EventRow>(
    `select ${EVENT_COLUMNS} from event where anonymous_id = $1 order by created_at, message_id`,
    [anonymous]
  )
}

function rowsWithIds(ids: string[]): Promise<EventRow[]> {
  return rig.server.query<EventRow>(
    `select ${EVENT_COLUMNS} from event where message_id = any($1)`,
    [ids]
  )
}

/** The rows `read` finds once there are `count` of them (a retried send may take seconds). */
async function storedRows(count: number, read: () => Promise<EventRow[]>): Promise<EventRow[]> {
  let rows: EventRow[] = []
  await eventually(async () => {
    rows = await read()
    expect(rows).toHaveLength(count)
  }, 60_000)
  return rows
}

function queueDrained(page: Page): Promise<void> {
  return eventually(async () => expect(await queued(page)).toBe(0), 60_000)
}

describe("storefront tracker in Chromium against a real server", () => {
  it("stores each page view and click once, with the SPA navigation's campaign as a new session", async () => {
    const page = await rig.open({ consent: { analytics: true }, autoPageViews: true, ...QUICK }, "/solar?utm_source=google&utm_medium=cpc")
    await page.click("#cta")
    await page.click("#cta")
    await page.click("#next-page")
    const anonymous = await anonymousId(page)
    expect(anonymous).toEqual(expect.any(String))

    const rows = await storedRows(4, () => rowsFor(anonymous!))
    await queueDrained(page)
    // A second flush after everything was delivered sends nothing again.
    await page.evaluate(() => (window as unknown as { solar360: { tracker: TrackerHandle } }).solar360.tracker.flush())
    const again = await rowsFor(anonymous!)

    expect(again).toHaveLength(4)
    expect(new Set(again.map((row) => row.message_id)).size).toBe(4)
    expect(rows.map((row) => row.event_name).sort()).toEqual(["cta_click", "cta_click", "page_view", "page_view"])
    const views = again.filter((row) => row.event_name === "page_view")
    const [{ language }] = await rig.server.query<{ language: string }>(
      "select properties->>'language' as language from event where message_id = $1",
      [views[0].message_id]
    )
    expect(language).toEqual(await page.evaluate(() => navigator.language))
    expect(language).toMatch(/^[a-z]{2}/)
    expect(views.map((row) => [row.page_path, row.utm_source]).sort()).toEqual([
      ["/kits", "test"],
      ["/solar", "google"],
    ])
    // A new campaign on the landing URL starts a new session.
    expect(views[0].session_id).not.toEqual(views[1].session_id)
    await page.close()
  })

  it("loses and duplicates nothing when the server dies mid-session and the page reloads while it is down", async () => {
    const page = await rig.open({ consent: { analytics: true }, ...QUICK })
    const tracked: string[] = []
    for (let i = 0; i < 5; i++) tracked.push((await track(page, `before_${i}`))!)
    await storedRows(5, () => rowsWithIds(tracked))

    await rig.server.stop()
    let failedSends = 0
    page.on("requestfailed", (request) => {
      if (request.url().startsWith(rig.server.baseUrl)) failedSends += 1
    })
    for (let i = 0; i < 5; i++) tracked.push((await track(page, `while_down_${i}`))!)
    // The sends fail (connection refused) and wait for a retry; the queue is in localStorage.
    await eventually(async () => expect(failedSends).toBeGreaterThanOrEqual(2))
    expect(await queued(page)).toBe(5)
    await page.reload()
    await page.waitForFunction(() => "solar360" in window)
    expect(await queued(page)).toBe(5)
    for (let i = 0; i < 3; i++) tracked.push((await track(page, `after_reload_${i}`))!)

    await rig.server.start()
    const rows = await storedRows(13, () => rowsWithIds(tracked))
    await queueDrained(page)

    expect(tracked.every(Boolean)).toBe(true)
    expect(rows.map((row) => row.message_id).sort()).toEqual([...tracked].sort())
    expect(new Set(rows.map((row) => row.anonymous_id)).size).toBe(1)
    await page.close()
  })

  it("delivers an event tracked right before the page is closed (keepalive, cross-origin with the key header)", async () => {
    // A minute between batches: only the exit flush can send it in time.
    const page = await rig.open({ consent: { analytics: true }, flushIntervalMs: 60_000 })
    const id = (await track(page, "last_click"))!
    await page.close({ runBeforeUnload: true })

    const rows = await storedRows(1, () => rowsWithIds([id]))
    expect(rows.map((row) => row.event_name)).toEqual(["last_click"])
  })

  it("ties the visitor's anonymous id to the customer with identify() right after login", async () => {
    const page = await rig.open({ consent: { analytics: true }, ...QUICK })
    const email = `comprador.${Date.now()}@example.com`
    const customerId = await page.evaluate(async (email) => {
      type Sdk = {
        auth: {
          register: (actor: string, method: string, body: unknown) => Promise<string>
          login: (actor: string, method: string, body: unknown) => Promise<unknown>
        }
        store: { customer: { create: (body: unknown) => Promise<{ customer: { id: string } }> } }
      }
      const { sdk, tracker } = (window as unknown as { solar360: { sdk: Sdk; tracker: TrackerHandle & { identify: () => void } } }).solar360
      tracker.track("browsing_anonymously", "engagement")
      await tracker.flush()
      await sdk.auth.register("customer", "emailpass", { email, password: "senha-segura-1" })
      const { customer } = await sdk.store.customer.create({ email, first_name: "Ana" })
      await sdk.auth.login("customer", "emailpass", { email, password: "senha-segura-1" })
      tracker.identify()
      return customer.id
    }, email)
    const anonymous = await anonymousId(page)

    const rows = await storedRows(2, () => rowsFor(anonymous!))
    expect(rows.map((row) => [row.event_name, row.customer_id])).toEqual([
      ["browsing_anonymously", null],
      ["identify", customerId],
    ])
    expect(customerId).toMatch(/^cus_/)
    await page.close()
  })

  it("sends nothing and stores nothing before consent, then delivers the queue once analytics is accepted", async () => {
    const page = await rig.open(QUICK)
    const calls: string[] = []
    page.on("request", (request) => {
      if (request.url().startsWith(rig.server.baseUrl)) calls.push(request.url())
    })
    const ids = [(await track(page, "before_consent_1"))!, (await track(page, "before_consent_2"))!]
    const flushed = await page.evaluate(() => (window as unknown as { solar360: { tracker: TrackerHandle } }).solar360.tracker.flush())
    const stored = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("solar360")))

    expect(flushed).toBe(false)
    expect(calls).toEqual([])
    expect(stored).toEqual([])
    expect(await rowsWithIds(ids)).toEqual([])

    await page.click("#consent-accept")
    const rows = await storedRows(2, () => rowsWithIds(ids))
    expect(rows.map((row) => row.event_name).sort()).toEqual(["before_consent_1", "before_consent_2"])
    expect(calls.length).toBeGreaterThan(0)
    await page.close()
  })

  it("after a refusal sends only cookieless events: no ids, no query string, nothing in localStorage", async () => {
    const page = await rig.open(QUICK, "/kits?utm_source=newsletter&ref=ana@example.com")
    const ids = await page.evaluate(async () => {
      const { tracker } = (window as unknown as {
        solar360: { tracker: TrackerHandle & { page: () => string | null; setConsent: (c: { analytics: boolean }) => void } }
      }).solar360
      const view = tracker.page()
      tracker.setConsent({ analytics: false })
      const click = tracker.track("refused_click", "engagement")
      await tracker.flush()
      return [view, click]
    })
    const stored = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("solar360")))

    const rows = await storedRows(2, () => rowsWithIds(ids as string[]))
    expect(stored).toEqual([])
    for (const row of rows) {
      expect(row).toMatchObject({ anonymous_id: null, session_id: null, customer_id: null, consent_analytics: false })
    }
    const view = rows.find((row) => row.event_name === "page_view")!
    expect(view.url).toMatch(/\/kits$/)
    expect(view.utm_source).toBe("newsletter")
    await page.close()
  })
})
