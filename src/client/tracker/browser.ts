import { readCampaign } from "./attribution"
import { type Clock, type KeyValueStorage } from "./environment"
import { type MedusaSdkLike, sdkTransport } from "./sdk-transport"
import { type Consent, type PageContext, Tracker, type TrackerOptions } from "./tracker"

export type BrowserTrackerOptions = Partial<
  Omit<TrackerOptions, "transport" | "storage" | "clock" | "newId" | "context" | "globalPrivacyControl">
> & {
  /** The store's Medusa JS SDK instance (`new Medusa({ baseUrl, publishableKey, auth })`). */
  sdk: MedusaSdkLike
  consent?: Consent
  /** Treat the browser's Global Privacy Control signal as a refusal of analytics. */
  honorGlobalPrivacyControl?: boolean
  /** Send a page view on start and on every single-page-app navigation (history API). */
  autoPageViews?: boolean
}

/**
 * The tracker wired to the browser: localStorage, timers, `crypto.randomUUID`, the page's
 * context, the landing URL's campaign, a keepalive flush when the page is hidden or closed, and
 * page views on SPA navigation when asked.
 */
export function createBrowserTracker(options: BrowserTrackerOptions): Tracker {
  const { sdk, honorGlobalPrivacyControl, autoPageViews, ...rest } = options
  const tracker = new Tracker({
    ...rest,
    transport: sdkTransport(sdk),
    storage: localStorageOrNull(),
    clock: browserClock,
    newId: randomId,
    context: pageContext,
    globalPrivacyControl:
      !!honorGlobalPrivacyControl && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
  })
  tracker.setLandingCampaign(readCampaign(location.href))

  const flushForExit = () => void tracker.flush({ keepalive: true })
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flushForExit()
  })
  window.addEventListener("pagehide", flushForExit)

  if (autoPageViews) {
    let lastPath = location.pathname + location.search
    const onNavigation = () => {
      const path = location.pathname + location.search
      if (path === lastPath) return
      lastPath = path
      tracker.setLandingCampaign(readCampaign(location.href))
      tracker.page()
    }
    for (const method of ["pushState", "replaceState"] as const) {
      const original = history[method].bind(history)
      history[method] = (...args: Parameters<History["pushState"]>) => {
        original(...args)
        onNavigation()
      }
    }
    window.addEventListener("popstate", onNavigation)
    tracker.page()
  }
  return tracker
}

const browserClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
}

function localStorageOrNull(): KeyValueStorage | null {
  try {
    return window.localStorage
  } catch {
    return null // Blocked (some privacy modes throw on access): the queue then lives in memory.
  }
}

function randomId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID()
  // Older Safari: a version 4 UUID from getRandomValues.
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = (bytes[6] & 0x0f) | 0x40
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

function pageContext(): PageContext {
  return {
    url: location.href.slice(0, 2048),
    path: location.pathname.slice(0, 2048),
    title: document.title.slice(0, 500),
    referrer: document.referrer.slice(0, 2048),
    screen_resolution: `${screen.width}x${screen.height}`,
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    language: navigator.language || undefined,
  }
}
