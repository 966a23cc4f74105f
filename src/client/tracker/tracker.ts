import { type Campaign, hasCampaign } from "./attribution"
import { retryDelayMs } from "./backoff"
import {
  BATCH_ROUTES,
  type BatchKind,
  type BatchTransport,
  type Clock,
  type KeyValueStorage,
  readJson,
  removeKey,
  type SendOutcome,
  writeJson,
} from "./environment"
import { OutboundQueue, type QueuedItem } from "./queue"
import { SessionTracker } from "./session"

/**
 * What the visitor agreed to. Until the store says, nothing leaves the page and nothing is
 * stored. `analytics: false` sends events in the cookieless form (no ids, nothing stored);
 * `marketing: false` keeps the ad click ids (gclid, fbclid) off the events.
 */
export type Consent = "pending" | { analytics: boolean; marketing?: boolean }

type Payload = Record<string, unknown>

// What a cookieless event never carries: ids that link it to the visitor or to other events
// (the server strips them too; they are not even sent).
const COOKIELESS_DROPPED = ["session_id", "anonymous_id", "gclid", "fbclid", "screen_resolution", "cart_id", "order_id"]
const URL_FIELDS = ["url", "path", "referrer", "page_url", "referrer_url"]

/** The cookieless form of a payload: ids dropped, query strings cut, marked refused. */
export function cookielessPayload(payload: Payload): Payload {
  const out: Payload = { ...payload, consent: { analytics: false } }
  for (const field of COOKIELESS_DROPPED) delete out[field]
  for (const field of URL_FIELDS) if (typeof out[field] === "string") out[field] = (out[field] as string).split(/[?#]/)[0]
  return out
}

/** What the page knows about itself at the moment of an event (browser.ts reads it from the DOM). */
export type PageContext = {
  url?: string
  path?: string
  title?: string
  referrer?: string
  screen_resolution?: string
  timezone?: string
  /** The browser's language (`navigator.language`), kept in the page view's `properties`. */
  language?: string
}

export type TrackerOptions = {
  transport: BatchTransport
  /** localStorage in a browser; used only once analytics consent is given. */
  storage?: KeyValueStorage | null
  clock: Clock
  newId: () => string
  random?: () => number
  context?: () => PageContext
  consent?: Consent
  /** The browser's Global Privacy Control signal, when the store chose to honour it. */
  globalPrivacyControl?: boolean
  /** Send when this many items of one kind are waiting (default 20). */
  flushAt?: number
  /** ...or this long after the first waiting item (default 5 s). */
  flushIntervalMs?: number
  /** Most items kept while they cannot be sent (default 1,000; the oldest go first). */
  maxQueueItems?: number
  maxBatchItems?: number
  maxBatchBytes?: number
  retry?: { baseMs: number; maxMs: number }
  sessionIdleMs?: number
  storagePrefix?: string
  /** Items the server refused one by one (a bad field): they are not resent. */
  onRejected?: (items: Array<{ kind: BatchKind; payload: Record<string, unknown>; code: string; message?: string }>) => void
}

const DEFAULTS = {
  flushAt: 20,
  flushIntervalMs: 5_000,
  maxQueueItems: 1_000,
  // The routes take 500 items and 500 KB; keep a margin for the envelope.
  maxBatchItems: 500,
  maxBatchBytes: 450_000,
  // Browsers cap the bodies of keepalive requests in flight at 64 KB in all.
  keepaliveBatchBytes: 60_000,
  retry: { baseMs: 1_000, maxMs: 60_000 },
  sessionIdleMs: 30 * 60_000,
  storagePrefix: "solar360",
}

type Fields = Record<string, unknown>

/**
 * The storefront tracker: queues what the visitor does, sends it in batches, retries what
 * failed with the same message ids (the server stores each id once), keeps the queue across
 * reloads once the visitor consented, and sends nothing at all before the store says which
 * purposes the visitor accepted.
 */
export class Tracker {
  private readonly options: TrackerOptions & typeof DEFAULTS
  private readonly queue: OutboundQueue
  private readonly sessions: SessionTracker
  private consent: Consent
  /** optOut(): nothing at all is recorded or sent, not even cookieless events. */
  private optedOut = false
  private anonymousId: string | null = null
  private landingCampaign: Campaign = {}
  private timer: unknown = null
  private timerDueAt = Infinity
  private backoffUntil = 0
  private failures = 0
  private inFlight: Promise<boolean> | null = null

  constructor(options: TrackerOptions) {
    this.options = { ...DEFAULTS, ...options }
    const { storagePrefix } = this.options
    this.consent = options.globalPrivacyControl ? { analytics: false } : (options.consent ?? "pending")
    const storage = this.persistentStorage()
    this.queue = new OutboundQueue(storage, `${storagePrefix}.queue`, this.options.maxQueueItems)
    this.sessions = new SessionTracker(storage, `${storagePrefix}.session`, this.options.sessionIdleMs, options.newId)
    if (storage) this.anonymousId = readJson<string | null>(storage, `${storagePrefix}.anonymous_id`, null)
    // Refused from the start (the store's word, or GPC): what an earlier visit stored goes.
    if (this.isCookieless()) this.forgetStored()
    if (this.queue.size > 0) this.schedule(0)
  }

  /** Items waiting to be sent, and how many were dropped because the queue was full. */
  get pending(): { queued: number; dropped: number } {
    return { queued: this.queue.size, dropped: this.queue.dropped }
  }

  get consentState(): Consent {
    return this.consent
  }

  /**
   * The visitor's consent changed. A grant starts storing and sending with ids; a refusal
   * drops every id, here and in storage, and what waits (or comes next) is sent cookieless.
   */
  setConsent(consent: { analytics: boolean; marketing?: boolean }): void {
    this.optedOut = false
    this.consent = { ...consent }
    if (!consent.analytics) {
      this.forgetIds()
      this.queue.map((item) => ({ kind: item.kind, payload: cookielessPayload(item.payload) }) as QueuedItem)
      if (this.queue.size > 0) this.schedule(0)
      return
    }
    // Items queued while pending are stamped now; cookieless ones stay cookieless.
    this.queue.map((item) =>
      item.payload.consent ? item : ({ kind: item.kind, payload: this.withGrantedConsent(item.payload) } as QueuedItem)
    )
    const storage = this.options.storage
    if (storage) {
      this.queue.attach(storage)
      this.sessions.attach(storage)
      if (this.anonymousId) writeJson(storage, `${this.options.storagePrefix}.anonymous_id`, this.anonymousId)
    }
    if (this.queue.size > 0) this.schedule(0)
  }

  /**
   * Drops everything queued and every id, here and in storage, and sends nothing more (not
   * even cookieless events) until the next `setConsent`.
   */
  optOut(): void {
    this.optedOut = true
    this.consent = { analytics: false }
    this.cancelTimer()
    this.queue.clear()
    this.forgetIds()
  }

  private forgetIds(): void {
    this.queue.detach()
    this.sessions.reset()
    this.anonymousId = null
    this.forgetStored()
  }

  private forgetStored(): void {
    const storage = this.options.storage
    if (storage) {
      for (const key of ["queue", "session", "anonymous_id"]) removeKey(storage, `${this.options.storagePrefix}.${key}`)
    }
  }

  /** The landing URL's campaign (UTM, gclid, fbclid): a different one starts a new session. */
  setLandingCampaign(campaign: Campaign): void {
    this.landingCampaign = campaign
  }

  /** A custom event (`category` is one of the events route's categories). */
  track(eventName: string, category: string, fields: Fields = {}): string | null {
    return this.enqueue("events", { event_name: eventName, category, ...fields }, true)
  }

  /**
   * A page view with the page's URL, path, title, referrer, screen and time zone, and the
   * browser's language as `properties.language` (the event has no column for it; the caller's
   * own properties are merged over it).
   */
  page(fields: Fields = {}): string | null {
    const { language, ...context } = this.options.context?.() ?? {}
    const properties = { ...(language ? { language } : {}), ...(fields.properties as Fields | undefined) }
    return this.track("page_view", "page_view", {
      ...context,
      ...fields,
      ...(Object.keys(properties).length > 0 ? { properties } : {}),
    })
  }

  /**
   * The visitor logged in: an `identify` event sent at once, so it rides on the customer's
   * authenticated request and the server ties this anonymous id to the customer.
   */
  identify(fields: Fields = {}): string | null {
    // Tying a visitor to a customer is exactly what a refusal rules out.
    if (this.isCookieless()) return null
    const id = this.track("identify", "engagement", fields)
    if (id) void this.flush()
    return id
  }

  /**
   * A lead form's body (POST /store/solar360/leads) with this visitor's browsing: the
   * anonymous and session ids and `consent.analytics: true` under an analytics grant, so the
   * lead's timeline shows the pages that led to it; after a refusal (or opt-out) no id and
   * `consent.analytics: false`; while consent is pending, the body as given (the server's
   * `analytics.requireConsent` option decides, and there are no ids yet anyway).
   */
  withBrowsing<T extends Record<string, unknown>>(body: T): T & { anonymous_id?: string; session_id?: string } {
    if (this.consent === "pending" && !this.optedOut) return { ...body }
    if (this.optedOut || this.isCookieless()) {
      return { ...body, consent: { ...(body.consent as object | undefined), analytics: false } }
    }
    // Filling the form is activity on the page: it belongs to (or starts) the current session.
    const session = this.sessions.touch(this.options.clock.now())
    return {
      ...body,
      anonymous_id: this.ensureAnonymousId(),
      session_id: session.id,
      consent: { ...(body.consent as object | undefined), analytics: true },
    }
  }

  /** A product-level interaction for the catalog route (product_view, search, click, ...). */
  catalog(actionType: string, fields: Fields = {}): string | null {
    const context = this.options.context?.()
    return this.enqueue(
      "catalog",
      { action_type: actionType, page_url: context?.url, referrer_url: context?.referrer || undefined, ...fields },
      false
    )
  }

  productView(fields: Fields & { product_id: string }): string | null {
    return this.catalog("product_view", { view_context: "detail", ...fields })
  }

  search(searchTerm: string, resultsCount: number, fields: Fields = {}): string | null {
    return this.catalog("search", { search_term: searchTerm, search_results_count: resultsCount, ...fields })
  }

  recommendationClick(fields: Fields & { product_id: string; recommendation_source: string }): string | null {
    return this.catalog("click", { view_context: "recommendation", ...fields })
  }

  /**
   * Sends everything queued now, batch after batch, until the queue is empty or a send fails
   * (then the usual backoff takes over). Resolves true when the queue was emptied.
   *
   * `keepalive` is for a page being hidden or closed, which may run no more code once it is
   * gone: every queued item that fits the browser's keepalive budget (64 KB in flight in all)
   * is sent at once, in parallel requests that the browser finishes after the page is gone,
   * including the items of a batch already in flight (that request may die with the page; the
   * server stores each `message_id` once, so the resend cannot duplicate). What does not fit
   * or is not acknowledged stays queued, in storage, for the next page.
   */
  async flush(options: { keepalive?: boolean } = {}): Promise<boolean> {
    if (!this.mayLeave()) return false
    if (options.keepalive) {
      const batches = this.queue.peekForExit(this.options.maxBatchItems, DEFAULTS.keepaliveBatchBytes)
      const delivered = await Promise.all(batches.map((batch) => this.sendBatch(batch, true)))
      return delivered.every(Boolean) && this.queue.size === 0
    }
    while (this.queue.size > 0) {
      const delivered = await this.sendOneBatch()
      if (!delivered) return false
    }
    return true
  }

  /** Stops the timers (a test, or a single-page app tearing the tracker down). */
  shutdown(): void {
    this.cancelTimer()
  }

  private enqueue(kind: BatchKind, fields: Fields, withCampaign: boolean): string | null {
    if (this.optedOut) return null
    const now = this.options.clock.now()
    const base = { message_id: this.options.newId(), timestamp: new Date(now).toISOString() }
    let payload: Payload
    if (this.isCookieless()) {
      // No session: the landing's campaign rides on the first event after the landing only
      // (the landing page view), so the server counts one campaign visit per landing.
      const campaign = withCampaign ? this.landingCampaign : {}
      this.landingCampaign = {}
      payload = cookielessPayload({ ...campaign, ...withoutEmpty(fields), ...base })
    } else {
      const session = this.sessions.touch(now, this.landingCampaign)
      this.landingCampaign = {}
      payload = {
        ...(withCampaign && hasCampaign(session.campaign) ? session.campaign : {}),
        ...withoutEmpty(fields),
        ...base,
        session_id: session.id,
        anonymous_id: this.ensureAnonymousId(),
      }
      if (this.consent !== "pending") payload = this.withGrantedConsent(payload)
    }
    this.queue.push({ kind, payload } as QueuedItem)
    if (this.queue.count(kind) >= this.options.flushAt) this.schedule(0)
    else this.schedule(this.options.flushIntervalMs)
    return base.message_id
  }

  /** A granted item says so; with marketing refused it carries no ad click ids. */
  private withGrantedConsent(payload: Payload): Payload {
    const consent = this.consent as { analytics: boolean; marketing?: boolean }
    const out: Payload = { ...payload, consent: { ...consent } }
    if (consent.marketing === false) {
      delete out.gclid
      delete out.fbclid
    }
    return out
  }

  private isCookieless(): boolean {
    return this.consent !== "pending" && !this.consent.analytics
  }

  private ensureAnonymousId(): string {
    if (!this.anonymousId) {
      this.anonymousId = this.options.newId()
      const storage = this.persistentStorage()
      if (storage) writeJson(storage, `${this.options.storagePrefix}.anonymous_id`, this.anonymousId)
    }
    return this.anonymousId
  }

  private mayLeave(): boolean {
    return this.consent !== "pending" && !this.optedOut
  }

  /** Storage only with analytics consent: a cookieless tracker keeps nothing on the device. */
  private persistentStorage(): KeyValueStorage | null {
    return this.consent !== "pending" && this.consent.analytics ? (this.options.storage ?? null) : null
  }

  /** Sends the batch at the head of the queue, one at a time; true when the server answered for its items. */
  private sendOneBatch(): Promise<boolean> {
    if (this.inFlight) return this.inFlight
    const batch = this.queue.peekBatch(this.options.maxBatchItems, this.options.maxBatchBytes)
    if (batch.length === 0) return Promise.resolve(true)
    this.inFlight = this.sendBatch(batch, false).finally(() => {
      this.inFlight = null
    })
    return this.inFlight
  }

  /** Sends one batch of one kind and applies the answer; true when the server answered for its items. */
  private sendBatch(batch: QueuedItem[], keepalive: boolean): Promise<boolean> {
    const kind = batch[0].kind
    const body = {
      sent_at: new Date(this.options.clock.now()).toISOString(),
      [BATCH_ROUTES[kind].itemsKey]: batch.map((item) => item.payload),
    }
    return this.options.transport
      .send(kind, body, { keepalive })
      .catch((): SendOutcome => ({ status: "retry" }))
      .then((outcome) => {
        const ids = batch.map((item) => item.payload.message_id)
        if (outcome.status === "retry") {
          this.failures += 1
          const delay = retryDelayMs(this.failures, this.options.retry, this.options.random ?? Math.random, outcome.retryAfterMs)
          this.backoffUntil = this.options.clock.now() + delay
          this.schedule(delay, true)
          return false
        }
        this.failures = 0
        this.backoffUntil = 0
        this.queue.remove(ids)
        if (outcome.status === "delivered" && outcome.rejected.length > 0) {
          this.options.onRejected?.(
            outcome.rejected
              .filter((rejection) => batch[rejection.index])
              .map((rejection) => ({ kind, payload: batch[rejection.index].payload, code: rejection.code, message: rejection.message }))
          )
        }
        if (this.queue.size > 0) this.schedule(0)
        return true
      })
  }

  /** Sends after `ms`, unless a send is due sooner; never before a backoff ends unless `force`d by it. */
  private schedule(ms: number, fromBackoff = false): void {
    if (!this.mayLeave()) return
    const now = this.options.clock.now()
    const dueAt = fromBackoff ? now + ms : Math.max(now + ms, this.backoffUntil)
    if (this.timer !== null && this.timerDueAt <= dueAt && !fromBackoff) return
    this.cancelTimer()
    this.timerDueAt = dueAt
    this.timer = this.options.clock.setTimeout(() => {
      this.timer = null
      this.timerDueAt = Infinity
      void this.sendOneBatch()
    }, dueAt - now)
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer)
    this.timer = null
    this.timerDueAt = Infinity
  }
}

/** Drops undefined, null and empty-string fields: the routes refuse an empty string. */
function withoutEmpty(fields: Fields): Fields {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null && value !== ""))
}
