import { MedusaError } from "@medusajs/framework/utils"
import {
  genericUpstreamError,
  leaseMs,
  nextPollDelay,
  upstreamBusy,
  UpstreamSlots,
} from "../upstream-flight"

describe("upstream flight helpers", () => {
  it("bounds calls in flight per kind, independently, and frees a slot once", () => {
    const slots = new UpstreamSlots({ aneel: 2, pvlib: 1, photogrammetry: 1 })
    const first = slots.tryAcquire("aneel")
    const second = slots.tryAcquire("aneel")
    expect(first).not.toBeNull()
    expect(second).not.toBeNull()
    expect(slots.tryAcquire("aneel")).toBeNull()
    // Another kind has its own bound.
    expect(slots.tryAcquire("pvlib")).not.toBeNull()
    first!()
    first!()
    expect(slots.inUse("aneel")).toBe(1)
    expect(slots.tryAcquire("aneel")).not.toBeNull()
    expect(slots.tryAcquire("aneel")).toBeNull()
  })

  it("polls with a doubling backoff capped at 500 ms, under a lease longer than the deadline", () => {
    const delays: number[] = []
    let delay: number | null = null
    for (let i = 0; i < 7; i++) {
      delay = nextPollDelay(delay)
      delays.push(delay)
    }
    expect(delays).toEqual([25, 50, 100, 200, 400, 500, 500])
    expect(leaseMs(10_000)).toBeGreaterThan(10_000)
  })

  it("drops the upstream's text from upstream errors, keeping type and code; leaves others alone", () => {
    const leaky = new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "Google Solar answered 403: API key not valid for project 912345678901",
      "solar360_upstream_error"
    )
    const generic = genericUpstreamError(leaky)!
    expect(generic).toMatchObject({ type: leaky.type, code: "solar360_upstream_error" })
    expect(generic.message).not.toMatch(/912345678901|API key|403/)
    expect(genericUpstreamError(new MedusaError(MedusaError.Types.NOT_FOUND, "no roof", "solar360_roof_not_found"))).toBeNull()
    expect(genericUpstreamError(new Error("plain"))).toBeNull()
    expect(upstreamBusy("pvlib").code).toBe("solar360_upstream_busy")
  })
})
