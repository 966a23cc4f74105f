// The storefront page the browser tests drive: the store's Medusa JS SDK instance and the
// plugin's tracker, wired as a store would (createBrowserTracker). The test opens it with the
// server's URL and publishable key in the query string and drives it through `window.solar360`.
import Medusa from "@medusajs/js-sdk"
import { createBrowserTracker } from "../../../src/client"

const params = new URLSearchParams(location.search)
const sdk = new Medusa({
  baseUrl: params.get("api") ?? "",
  publishableKey: params.get("key") ?? "",
  // A logged-in customer's token rides on the SDK's requests, the tracker's included.
  auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
})
const options = JSON.parse(params.get("options") ?? "{}")
const tracker = createBrowserTracker({ sdk, ...options })

document.querySelector("#cta")?.addEventListener("click", () => {
  tracker.track("cta_click", "engagement", { properties: { button: "simular" } })
})
document.querySelector("#consent-accept")?.addEventListener("click", () => tracker.setConsent({ analytics: true }))
document.querySelector("#next-page")?.addEventListener("click", () => history.pushState({}, "", "/kits?utm_source=test"))

;(window as unknown as { solar360: unknown }).solar360 = { tracker, sdk }
