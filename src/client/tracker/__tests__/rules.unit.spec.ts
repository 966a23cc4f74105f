import { campaignKey, readCampaign } from "../attribution"
import { retryDelayMs } from "../backoff"
import { memoryStorage } from "../environment"
import { outcomeOfFailure } from "../sdk-transport"
import { SessionTracker } from "../session"
import { sequentialIds } from "./fake-environment"

describe("retryDelayMs", () => {
  const options = { baseMs: 1000, maxMs: 60_000 }
  it("doubles the window per failure up to the cap, jittered within its upper half", () => {
    expect([1, 2, 3, 4].map((f) => retryDelayMs(f, options, () => 1))).toEqual([1000, 2000, 4000, 8000])
    expect([1, 2, 3, 4].map((f) => retryDelayMs(f, options, () => 0))).toEqual([500, 1000, 2000, 4000])
    expect(retryDelayMs(30, options, () => 1)).toBe(60_000)
  })
  it("waits at least as long as the server's Retry-After", () => {
    expect(retryDelayMs(1, options, () => 1, 30_000)).toBe(30_000)
    expect(retryDelayMs(5, options, () => 1, 100)).toBe(16_000)
  })
})

describe("readCampaign", () => {
  it("reads UTM parameters and click ids, ignoring empty ones and other parameters", () => {
    expect(
      readCampaign("https://loja.example/kits?utm_source=google&utm_medium=cpc&utm_campaign=verao&gclid=Cj0K&utm_term=&page=2")
    ).toEqual({ utm_source: "google", utm_medium: "cpc", utm_campaign: "verao", gclid: "Cj0K" })
  })
  it("cuts values to the events route's limits and gives nothing for a bad URL", () => {
    expect(readCampaign(`https://x.example/?utm_source=${"a".repeat(300)}`).utm_source).toHaveLength(200)
    expect(readCampaign(`https://x.example/?fbclid=${"b".repeat(400)}`).fbclid).toHaveLength(300)
    expect(readCampaign("not a url")).toEqual({})
  })
  it("tells campaigns apart by every parameter", () => {
    expect(campaignKey({ utm_source: "google" })).not.toBe(campaignKey({ utm_medium: "google" }))
    expect(campaignKey({ utm_source: "a", gclid: "1" })).toBe(campaignKey({ gclid: "1", utm_source: "a" }))
  })
})

describe("SessionTracker", () => {
  const minute = 60_000
  const start = Date.parse("2026-12-03T12:00:00Z")

  it("keeps a session while activity continues and starts a new one after 30 minutes idle", () => {
    const sessions = new SessionTracker(null, "s", 30 * minute, sequentialIds())
    const first = sessions.touch(start).id
    expect(sessions.touch(start + 29 * minute).id).toBe(first)
    expect(sessions.touch(start + 58 * minute).id).toBe(first) // 29 minutes after the last activity
    expect(sessions.touch(start + 88 * minute + 1).id).not.toBe(first)
  })

  it("starts a new session on a landing with another campaign, not on one without", () => {
    const sessions = new SessionTracker(null, "s", 30 * minute, sequentialIds())
    const first = sessions.touch(start, { utm_campaign: "verao" })
    expect(first.campaign).toEqual({ utm_campaign: "verao" })
    expect(sessions.touch(start + minute, {}).id).toBe(first.id)
    expect(sessions.touch(start + 2 * minute, { utm_campaign: "verao" }).id).toBe(first.id)
    const second = sessions.touch(start + 3 * minute, { utm_campaign: "black-friday" })
    expect(second.id).not.toBe(first.id)
    expect(second.campaign).toEqual({ utm_campaign: "black-friday" })
  })

  it("continues the session across a reload through storage", () => {
    const storage = memoryStorage()
    const id = new SessionTracker(storage, "s", 30 * minute, sequentialIds()).touch(start).id
    const reloaded = new SessionTracker(storage, "s", 30 * minute, () => "other")
    expect(reloaded.touch(start + minute).id).toBe(id)
  })
})

describe("outcomeOfFailure", () => {
  it("retries what may not be stored and drops what a resend cannot fix", () => {
    expect([undefined, 401, 403, 408, 429, 500, 502, 503].map((s) => outcomeOfFailure(s).status)).toEqual(
      Array(8).fill("retry")
    )
    expect(outcomeOfFailure(400)).toEqual({ status: "dropped", httpStatus: 400 })
    expect(outcomeOfFailure(413)).toEqual({ status: "dropped", httpStatus: 413 })
  })
})
