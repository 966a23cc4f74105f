// The visitor's answer to the consent banner, kept by the store (the tracker keeps nothing
// before consent). Read when the tracker is created, so a returning visitor is not asked again.
import type { Consent } from "medusa-plugin-solar360/client"

const KEY = "store.consent.analytics"

export function readConsentChoice(): Consent {
  try {
    const value = window.localStorage.getItem(KEY)
    return value === "granted" ? { analytics: true } : value === "refused" ? { analytics: false } : "pending"
  } catch {
    return "pending"
  }
}

export function saveConsentChoice(analytics: boolean): void {
  try {
    window.localStorage.setItem(KEY, analytics ? "granted" : "refused")
  } catch {
    // Storage blocked: the banner asks again on the next visit.
  }
}
