/**
 * What the upstream caches (ANEEL, pvlib, roof analyses) share to call an external API
 * without holding a database connection: the lease length, the waiters' backoff, and the
 * per-kind bound on upstream calls in flight in this instance.
 */
import { randomUUID } from "crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { PhotogrammetryErrorCode } from "../../lib/photogrammetry"

export type UpstreamKind = "aneel" | "pvlib" | "photogrammetry"

/**
 * A lease outlives the fetch's deadline by this much (time to store the answer), so a live
 * holder never loses it; a crashed holder blocks the key for at most timeout + margin.
 */
export const LEASE_MARGIN_MS = 5_000

export function leaseMs(upstreamTimeoutMs: number): number {
  return upstreamTimeoutMs + LEASE_MARGIN_MS
}

/** Who holds a lease: unique per attempt, so a late release never frees someone else's. */
export function leaseOwner(): string {
  return randomUUID()
}

/** Waiters poll the row with backoff from 25 ms up to 500 ms: short statements, no lock held. */
export function nextPollDelay(previousMs: number | null): number {
  return previousMs === null ? 25 : Math.min(previousMs * 2, 500)
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Counts upstream calls in flight per kind. No queue: past the bound a caller is refused at
 * once (a queue behind a hanging upstream would only hold requests open longer).
 */
export class UpstreamSlots {
  private readonly inFlight = new Map<UpstreamKind, number>()

  constructor(private readonly limits: Record<UpstreamKind, number>) {}

  /** A release function, or null when `kind` is at its bound. */
  tryAcquire(kind: UpstreamKind): (() => void) | null {
    const used = this.inFlight.get(kind) ?? 0
    if (used >= this.limits[kind]) {
      return null
    }
    this.inFlight.set(kind, used + 1)
    let released = false
    return () => {
      if (!released) {
        released = true
        this.inFlight.set(kind, (this.inFlight.get(kind) ?? 1) - 1)
      }
    }
  }

  inUse(kind: UpstreamKind): number {
    return this.inFlight.get(kind) ?? 0
  }
}

export type UpstreamLog = { warn: (message: string) => void }

/** The module container's logger, or the console where there is none (unit use). */
export function upstreamLogOf(container: Record<string, unknown>): UpstreamLog {
  try {
    const logger = container.logger as UpstreamLog | undefined
    if (logger && typeof logger.warn === "function") {
      return logger
    }
  } catch {
    // an awilix cradle throws for an unregistered name
  }
  return { warn: (message) => console.warn(message) }
}

/** What a caller may be told of each upstream failure: the code and a fixed sentence. */
const GENERIC_UPSTREAM_MESSAGES: Record<string, string> = {
  [PhotogrammetryErrorCode.UPSTREAM_ERROR]: "The roof-analysis provider failed",
  [PhotogrammetryErrorCode.UPSTREAM_TIMEOUT]: "The roof-analysis provider did not answer in time",
}

/** A copy of an upstream MedusaError without the upstream's text; null for any other error. */
export function genericUpstreamError(error: unknown): MedusaError | null {
  if (!MedusaError.isMedusaError(error)) {
    return null
  }
  const { type, code } = error as MedusaError
  const message = GENERIC_UPSTREAM_MESSAGES[code ?? ""]
  return message ? new MedusaError(type, message, code) : null
}

/** 503 `solar360_upstream_busy`: the kind's `upstreamConcurrency` is used up in this instance. */
export function upstreamBusy(kind: UpstreamKind): MedusaError {
  return new MedusaError(
    MedusaError.Types.UNEXPECTED_STATE,
    `Too many ${kind} upstream calls in flight (upstreamConcurrency.${kind}); retry shortly`,
    PhotogrammetryErrorCode.UPSTREAM_BUSY
  )
}
