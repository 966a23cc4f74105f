import { memoryStorage } from "../environment"
import { sdkTransport } from "../sdk-transport"
import { Tracker, type TrackerOptions } from "../tracker"
import { ManualClock, ScriptedTransport, sequentialIds, settle } from "./fake-environment"

function setup(overrides: Partial<TrackerOptions> = {}) {
  const clock = new ManualClock()
  const transport = new ScriptedTransport()
  const storage = memoryStorage()
  const options: TrackerOptions = {
    transport,
    storage,
    clock,
    newId: sequentialIds(),
    random: () => 1,
    consent: { analytics: true },
    flushAt: 3,
    flushIntervalMs: 5_000,
    ...overrides,
  }
  return { clock, transport, storage, tracker: new Tracker(options), options }
}

describe("Tracker: page views", () => {
  it("carry the page context, with the browser's language in properties under the caller's own", async () => {
    const context = () => ({ path: "/kits", title: "Kits", timezone: "America/Sao_Paulo", language: "pt-BR" })
    const { tracker, transport, clock } = setup({ context, flushAt: 1 })
    tracker.page()
    tracker.page({ properties: { variant: "b" } })
    tracker.page({ properties: { language: "en-US" } })
    await clock.advance(0)
    await clock.advance(0)
    await clock.advance(0)
    const sent = transport.sentItems()
    expect(sent.map((e) => e.properties)).toEqual([
      { language: "pt-BR" },
      { language: "pt-BR", variant: "b" },
      { language: "en-US" },
    ])
    expect(sent[0]).toMatchObject({ path: "/kits", title: "Kits", timezone: "America/Sao_Paulo" })
    expect(sent[0]).not.toHaveProperty("language")
  })
})

describe("Tracker: batching", () => {
  it("sends a batch as soon as flushAt items of a kind wait", async () => {
    const { tracker, transport, clock } = setup()
    tracker.track("a", "engagement")
    tracker.track("b", "engagement")
    await clock.advance(0)
    expect(transport.requests).toHaveLength(0)
    tracker.track("c", "engagement")
    await clock.advance(0)
    expect(transport.requests).toHaveLength(1)
    expect(transport.requests[0].kind).toBe("events")
    expect(transport.sentItems().map((e) => e.event_name)).toEqual(["a", "b", "c"])
    expect(tracker.pending.queued).toBe(0)
  })

  it("sends fewer items after flushIntervalMs, not before", async () => {
    const { tracker, transport, clock } = setup()
    tracker.track("only", "engagement")
    await clock.advance(4_999)
    expect(transport.requests).toHaveLength(0)
    await clock.advance(1)
    expect(transport.sentItems().map((e) => e.event_name)).toEqual(["only"])
  })

  it("sends events and catalog logs in separate requests with their own envelopes", async () => {
    const { tracker, transport } = setup()
    tracker.track("page", "page_view")
    tracker.productView({ product_id: "prod_01" })
    await tracker.flush()
    expect(transport.requests.map((r) => [r.kind, Object.keys(r.body).sort()])).toEqual([
      ["events", ["events", "sent_at"]],
      ["catalog", ["logs", "sent_at"]],
    ])
    expect(transport.requests[1].body.logs).toEqual([
      expect.objectContaining({ action_type: "product_view", view_context: "detail", product_id: "prod_01" }),
    ])
  })

  it("stamps every item with a message id, its time, the session and the anonymous id", async () => {
    const { tracker, transport, clock } = setup()
    const id = tracker.track("a", "engagement", { label: "x", value: null, action: "" })
    await tracker.flush()
    expect(transport.sentItems()[0]).toEqual({
      event_name: "a",
      category: "engagement",
      label: "x",
      message_id: id,
      timestamp: new Date(clock.now()).toISOString(),
      session_id: expect.any(String),
      anonymous_id: expect.any(String),
      consent: { analytics: true },
    })
    expect(transport.requests[0].body.sent_at).toBe(new Date(clock.now()).toISOString())
  })
})

describe("Tracker: nothing lost, nothing duplicated", () => {
  it("resends a failed batch after a backoff with the same message ids", async () => {
    const { tracker, transport, clock } = setup()
    transport.answerNext(new Error("offline"), { status: "retry" })
    for (const name of ["a", "b", "c"]) tracker.track(name, "engagement")
    await clock.advance(0)
    expect(transport.requests).toHaveLength(1)
    await clock.advance(999)
    expect(transport.requests).toHaveLength(1) // first backoff: 1 s
    await clock.advance(1)
    expect(transport.requests).toHaveLength(2)
    await clock.advance(1_999)
    expect(transport.requests).toHaveLength(2) // second backoff: 2 s
    await clock.advance(1)
    expect(transport.requests).toHaveLength(3)
    const ids = transport.requests.map((r) => (r.body.events as Array<{ message_id: string }>).map((e) => e.message_id))
    expect(ids[1]).toEqual(ids[0])
    expect(ids[2]).toEqual(ids[0])
    expect(tracker.pending.queued).toBe(0)
  })

  it("waits as long as the server's Retry-After", async () => {
    const { tracker, transport, clock } = setup()
    transport.answerNext({ status: "retry", retryAfterMs: 30_000 })
    for (const name of ["a", "b", "c"]) tracker.track(name, "engagement")
    await clock.advance(0)
    await clock.advance(29_999)
    expect(transport.requests).toHaveLength(1)
    await clock.advance(1)
    expect(transport.requests).toHaveLength(2)
  })

  it("a new page (reload, crash, new tab) sends what the last one queued, with the same ids", async () => {
    const first = setup()
    first.transport.answerNext(new Error("offline"))
    first.tracker.track("before-crash", "engagement")
    await first.tracker.flush()
    const queuedId = (first.transport.requests[0].body.events as Array<{ message_id: string }>)[0].message_id
    first.tracker.shutdown()

    const transport = new ScriptedTransport()
    const reloaded = new Tracker({ ...first.options, transport, newId: () => "fresh" })
    await first.clock.advance(0)
    expect(transport.sentItems().map((e) => e.message_id)).toEqual([queuedId])
  })

  it("does not resend items the server rejected one by one, and reports them", async () => {
    const rejected: unknown[] = []
    const { tracker, transport } = setup({ onRejected: (items) => rejected.push(...items) })
    transport.answerNext({ status: "delivered", rejected: [{ index: 1, code: "invalid_event", message: "bad" }] })
    tracker.track("good", "engagement")
    tracker.track("bad", "nonsense")
    await tracker.flush()
    await tracker.flush()
    expect(transport.requests).toHaveLength(1)
    expect(rejected).toEqual([
      { kind: "events", payload: expect.objectContaining({ event_name: "bad" }), code: "invalid_event", message: "bad" },
    ])
  })

  it("gives up on a batch whose envelope the server refuses, instead of looping on it", async () => {
    const { tracker, transport } = setup()
    transport.answerNext({ status: "dropped", httpStatus: 400 })
    tracker.track("a", "engagement")
    expect(await tracker.flush()).toBe(true)
    expect(tracker.pending.queued).toBe(0)
    expect(transport.requests).toHaveLength(1)
  })

  it("flushes for a closing page with keepalive requests sent at once, within the 64 KB they share; the rest follows if the page lives", async () => {
    const { tracker, transport, clock } = setup({ flushAt: 1000 })
    // About 100 KB in all: more than the keepalive requests of one closing page may carry.
    for (let i = 0; i < 200; i++) tracker.track("big", "engagement", { label: "x".repeat(450) })
    transport.hold()
    const flushed = tracker.flush({ keepalive: true })
    // Every request of the exit is made before anything is answered: a closed page runs no more code.
    const exitRequests = [...transport.requests]
    expect(exitRequests.length).toBeGreaterThanOrEqual(1)
    expect(exitRequests.every((r) => r.keepalive)).toBe(true)
    const exitBytes = exitRequests.reduce((sum, r) => sum + JSON.stringify(r.body).length, 0)
    expect(exitBytes).toBeLessThan(64 * 1024)
    expect(exitBytes).toBeGreaterThan(55_000)
    transport.release()
    expect(await flushed).toBe(false)
    const sentAtExit = transport.sentItems().length
    expect(sentAtExit).toBeLessThan(200)
    expect(tracker.pending.queued).toBe(200 - sentAtExit)
    // The page was only hidden: the rest goes the usual way.
    for (let i = 0; i < 5; i++) await clock.advance(0)
    expect(tracker.pending.queued).toBe(0)
    expect(transport.requests.slice(exitRequests.length).every((r) => !r.keepalive)).toBe(true)
    expect(new Set(transport.sentItems().map((e) => e.message_id)).size).toBe(200)
  })

  it("resends at exit the items of a batch still in flight, and sends both kinds in the same moment", async () => {
    const { tracker, transport, clock } = setup({ flushAt: 2 })
    transport.hold()
    tracker.track("a", "engagement")
    tracker.track("b", "engagement")
    await clock.advance(0)
    // The batch of a and b is in flight (unanswered) when the page is closed.
    const inFlight = transport.requests.length
    expect(inFlight).toBe(1)
    tracker.track("c", "engagement")
    tracker.productView({ product_id: "prod_1" })
    void tracker.flush({ keepalive: true })
    const exitRequests = transport.requests.slice(inFlight)
    expect(exitRequests.map((r) => [r.kind, r.keepalive])).toEqual([
      ["events", true],
      ["catalog", true],
    ])
    expect((exitRequests[0].body.events as Array<{ event_name: string }>).map((e) => e.event_name)).toEqual(["a", "b", "c"])
    expect((exitRequests[1].body.logs as Array<{ product_id: string }>).map((l) => l.product_id)).toEqual(["prod_1"])
    transport.release()
    await settle()
    expect(tracker.pending.queued).toBe(0)
  })

  it("bounds the queue while the server is unreachable, dropping the oldest", async () => {
    const { tracker, transport } = setup({ maxQueueItems: 5, flushAt: 1000 })
    transport.answerNext(...Array(20).fill({ status: "retry" }))
    for (let i = 0; i < 8; i++) tracker.track(`e${i}`, "engagement")
    expect(tracker.pending).toEqual({ queued: 5, dropped: 3 })
  })
})

describe("Tracker: consent (LGPD)", () => {
  it("sends and stores nothing before the store says what the visitor accepted, then sends the queue", async () => {
    const { tracker, transport, storage, clock } = setup({ consent: "pending" })
    tracker.page({ path: "/kits" })
    tracker.track("a", "engagement")
    tracker.track("b", "engagement")
    await clock.advance(60_000)
    expect(transport.requests).toHaveLength(0)
    expect(["solar360.queue", "solar360.session", "solar360.anonymous_id"].map((k) => storage.getItem(k))).toEqual([
      null,
      null,
      null,
    ])
    tracker.setConsent({ analytics: true })
    expect(storage.getItem("solar360.anonymous_id")).not.toBeNull()
    await clock.advance(0)
    expect(transport.sentItems().map((e) => e.event_name)).toEqual(["page_view", "a", "b"])
    // Queued while pending, stamped with the consent given since.
    expect(transport.sentItems().map((e) => e.consent)).toEqual(Array(3).fill({ analytics: true }))
  })

  it("optOut clears the queue and every id, here and in storage, and nothing is sent after", async () => {
    const { tracker, transport, storage, clock } = setup({ flushAt: 1000 })
    tracker.track("a", "engagement")
    await Promise.resolve() // the queue is written at the end of the task
    expect(storage.getItem("solar360.queue")).not.toBeNull()
    tracker.track("b", "engagement")
    tracker.optOut()
    await Promise.resolve() // and the write "b" scheduled must not bring it back
    expect(tracker.pending.queued).toBe(0)
    expect(["solar360.queue", "solar360.session", "solar360.anonymous_id"].map((k) => storage.getItem(k))).toEqual([
      null,
      null,
      null,
    ])
    expect(tracker.track("b", "engagement")).toBeNull()
    await clock.advance(60_000)
    expect(await tracker.flush()).toBe(false)
    expect(transport.requests).toHaveLength(0)
  })

  const STORED_KEYS = ["solar360.queue", "solar360.session", "solar360.anonymous_id"]

  it("treats the Global Privacy Control signal as a refusal: cookieless events, nothing stored", async () => {
    const { tracker, transport, storage } = setup({ globalPrivacyControl: true, consent: { analytics: true } })
    expect(tracker.consentState).toEqual({ analytics: false })
    const id = tracker.page({ path: "/kits", url: "https://loja.example/kits?email=a@b.co", screen_resolution: "412x915" })
    expect(id).not.toBeNull()
    expect(STORED_KEYS.map((k) => storage.getItem(k))).toEqual([null, null, null])
    await tracker.flush()
    expect(transport.sentItems()).toEqual([
      {
        event_name: "page_view",
        category: "page_view",
        path: "/kits",
        url: "https://loja.example/kits",
        message_id: id,
        timestamp: expect.any(String),
        consent: { analytics: false },
      },
    ])
  })

  it("a refusal given later sends what waits, and what comes, cookieless; identify is not sent", async () => {
    const { tracker, transport, storage, clock } = setup({ consent: "pending", flushAt: 1000 })
    tracker.track("a", "engagement", { cart_id: "cart_1" })
    tracker.setConsent({ analytics: false })
    tracker.track("b", "engagement")
    expect(tracker.identify()).toBeNull()
    await clock.advance(60_000)
    expect(transport.sentItems().map((e) => e.event_name)).toEqual(["a", "b"])
    for (const item of transport.sentItems()) {
      expect(item.consent).toEqual({ analytics: false })
      expect(Object.keys(item)).not.toEqual(expect.arrayContaining(["session_id"]))
      expect(item).not.toHaveProperty("anonymous_id")
      expect(item).not.toHaveProperty("cart_id")
    }
    expect(STORED_KEYS.map((k) => storage.getItem(k))).toEqual([null, null, null])
  })

  it("a refusal after a grant forgets the stored ids and stops mirroring the queue", async () => {
    const { tracker, transport, storage, clock } = setup({ flushAt: 1000 })
    transport.answerNext({ status: "retry" })
    tracker.track("granted", "engagement")
    expect(storage.getItem("solar360.anonymous_id")).not.toBeNull()
    tracker.setConsent({ analytics: false })
    tracker.track("refused", "engagement")
    expect(STORED_KEYS.map((k) => storage.getItem(k))).toEqual([null, null, null])
    await clock.advance(120_000)
    await tracker.flush()
    // Every request (the failed one and its retry) carried the cookieless form only.
    const sent = transport.sentItems()
    expect(sent.length).toBeGreaterThanOrEqual(2)
    expect(sent.slice(-2).map((e) => [e.event_name, e.consent, e.session_id, e.anonymous_id])).toEqual([
      ["granted", { analytics: false }, undefined, undefined],
      ["refused", { analytics: false }, undefined, undefined],
    ])
    expect(sent.every((e) => e.session_id === undefined && e.anonymous_id === undefined)).toBe(true)
  })

  it("the campaign of a cookieless landing rides on its first event only; click ids never", async () => {
    const { tracker, transport } = setup({ consent: { analytics: false }, flushAt: 1000 })
    tracker.setLandingCampaign({ utm_source: "google", utm_campaign: "verao", gclid: "Cj0" })
    tracker.page({ path: "/" })
    tracker.page({ path: "/kits" })
    await tracker.flush()
    const [landing, next] = transport.sentItems()
    expect(landing).toMatchObject({ utm_source: "google", utm_campaign: "verao" })
    expect(landing).not.toHaveProperty("gclid")
    expect(next).not.toHaveProperty("utm_source")
  })

  it("marketing refused: ids and consent sent, ad click ids not", async () => {
    const { tracker, transport } = setup({ consent: { analytics: true, marketing: false }, flushAt: 1000 })
    tracker.setLandingCampaign({ utm_source: "google", gclid: "Cj0", fbclid: "Iw" })
    tracker.page({ path: "/" })
    await tracker.flush()
    const [landing] = transport.sentItems()
    expect(landing).toMatchObject({ utm_source: "google", consent: { analytics: true, marketing: false } })
    expect(landing.session_id).toEqual(expect.any(String))
    expect(landing).not.toHaveProperty("gclid")
    expect(landing).not.toHaveProperty("fbclid")
  })

  it("after optOut a later setConsent starts again", async () => {
    const { tracker, transport } = setup({ flushAt: 1000 })
    tracker.optOut()
    expect(tracker.track("a", "engagement")).toBeNull()
    tracker.setConsent({ analytics: false })
    expect(tracker.track("b", "engagement")).not.toBeNull()
    await tracker.flush()
    expect(transport.sentItems().map((e) => e.event_name)).toEqual(["b"])
  })
})

describe("Tracker: sessions and attribution", () => {
  it("carries the landing campaign on every event of the session, and a new session after 30 idle minutes", async () => {
    const { tracker, transport, clock } = setup({ flushAt: 1000 })
    tracker.setLandingCampaign({ utm_source: "google", utm_campaign: "verao" })
    tracker.page({ path: "/" })
    await clock.advance(10 * 60_000)
    tracker.track("click", "engagement")
    await clock.advance(31 * 60_000)
    tracker.track("later", "engagement")
    await tracker.flush()
    const [landing, click, later] = transport.sentItems()
    expect(landing).toMatchObject({ utm_source: "google", utm_campaign: "verao" })
    expect(click).toMatchObject({ utm_source: "google", utm_campaign: "verao", session_id: landing.session_id })
    expect(later.session_id).not.toBe(landing.session_id)
    expect(later.utm_source).toBeUndefined()
    expect(later.anonymous_id).toBe(landing.anonymous_id)
  })

  it("identify is sent at once, so it rides on the customer's authenticated request", async () => {
    const { tracker, transport } = setup({ flushAt: 1000 })
    tracker.identify()
    await settle()
    expect(transport.sentItems().map((e) => [e.event_name, e.category])).toEqual([["identify", "engagement"]])
  })
})

describe("sdkTransport", () => {
  it("posts through the store's SDK and maps its answers and errors", async () => {
    const calls: unknown[] = []
    const answers: Array<() => Promise<unknown>> = [
      async () => ({ accepted: 1, duplicates: 0, rejected: [{ index: 0, code: "invalid_event" }] }),
      async () => Promise.reject(Object.assign(new Error("Too many"), { status: 429 })),
      async () => Promise.reject(new TypeError("Failed to fetch")),
      async () => Promise.reject(Object.assign(new Error("Bad"), { status: 400 })),
    ]
    const transport = sdkTransport({
      client: {
        fetch: async <T>(path: string, init?: unknown) => {
          calls.push([path, init])
          return (await answers.shift()!()) as T
        },
      },
    })
    const body = { events: [{ message_id: "m" }] }
    expect(await transport.send("events", body, { keepalive: true })).toEqual({
      status: "delivered",
      rejected: [{ index: 0, code: "invalid_event" }],
    })
    expect(await transport.send("catalog", body, { keepalive: false })).toEqual({ status: "retry" })
    expect(await transport.send("events", body, { keepalive: false })).toEqual({ status: "retry" })
    expect(await transport.send("events", body, { keepalive: false })).toEqual({ status: "dropped", httpStatus: 400 })
    expect(calls[0]).toEqual(["/store/solar360/events", { method: "POST", body, keepalive: true }])
    expect(calls[1]).toEqual(["/store/solar360/catalog-access-logs", { method: "POST", body, keepalive: false }])
  })
})

describe("Tracker: a lead form's body with the visitor's browsing", () => {
  const form = { email: "maria@example.com", interest_type: "quote", consent: { marketing: true, terms_version: "v1" } }

  it("adds the ids the events carry and an analytics grant under consent", async () => {
    const { tracker, transport, clock } = setup({ flushAt: 1 })
    tracker.page({ path: "/kits" })
    await clock.advance(0)
    const [event] = transport.sentItems()
    expect(tracker.withBrowsing(form)).toEqual({
      ...form,
      anonymous_id: event.anonymous_id,
      session_id: event.session_id,
      consent: { marketing: true, terms_version: "v1", analytics: true },
    })
  })

  it("adds no id and an analytics refusal after a refusal or an opt-out", () => {
    const { tracker } = setup({ consent: { analytics: false } })
    expect(tracker.withBrowsing(form)).toEqual({ ...form, consent: { ...form.consent, analytics: false } })
    const other = setup().tracker
    other.optOut()
    expect(other.withBrowsing({ email: "a@b.com" })).toEqual({ email: "a@b.com", consent: { analytics: false } })
  })

  it("leaves the body as it is while consent is pending", () => {
    const { tracker } = setup({ consent: "pending" })
    expect(tracker.withBrowsing(form)).toEqual(form)
  })
})
