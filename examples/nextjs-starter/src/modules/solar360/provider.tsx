"use client"

// One SDK, one tracker and one store client for the whole storefront. The tracker touches
// `window`, so it is created in the browser only (a client component still renders once on
// the server); the store client is plain calls and exists on both sides.
import { createContext, useContext, useEffect, useState, type ReactNode } from "react"
import {
  createBrowserTracker,
  createStoreClient,
  type Solar360StoreClient,
  type Tracker,
} from "medusa-plugin-solar360/client"
import { sdk } from "@lib/config"
import { readConsentChoice } from "./consent-choice"

export type Solar360 = {
  store: Solar360StoreClient
  /** null during the server render and the first browser render. */
  tracker: Tracker | null
}

const store = createStoreClient(sdk)
let browserTracker: Tracker | undefined

/** Once per page load, whatever React's development mode does with effects. */
function trackerOnce(): Tracker {
  browserTracker ??= createBrowserTracker({
    sdk,
    // The visitor's earlier answer; "pending" until the banner gets one (nothing is sent).
    consent: readConsentChoice(),
    honorGlobalPrivacyControl: true,
    // Page views come from <Solar360PageViews /> (Next.js router), not from the history API.
    autoPageViews: false,
  })
  return browserTracker
}

const Solar360Context = createContext<Solar360>({ store, tracker: null })

export function Solar360Provider({ children }: { children: ReactNode }) {
  const [tracker, setTracker] = useState<Tracker | null>(null)
  useEffect(() => setTracker(trackerOnce()), [])
  return <Solar360Context.Provider value={{ store, tracker }}>{children}</Solar360Context.Provider>
}

export function useSolar360(): Solar360 {
  return useContext(Solar360Context)
}
