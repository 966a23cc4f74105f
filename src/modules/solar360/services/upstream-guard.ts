import type { Solar360Options } from "../options"
import { genericUpstreamError, UpstreamLog, upstreamLogOf, UpstreamSlots } from "../upstream-flight"

/**
 * What every upstream caller of this instance shares: the per-kind concurrency bound
 * (`upstreamConcurrency`) and where upstream error texts go (the container's logger: they
 * never go into an answer). One singleton in the module's container.
 */
export class UpstreamGuardService {
  readonly slots: UpstreamSlots
  readonly log: UpstreamLog

  constructor(cradle: { solar360Options: Solar360Options }) {
    this.slots = new UpstreamSlots(cradle.solar360Options.upstreamConcurrency)
    this.log = upstreamLogOf(cradle as unknown as Record<string, unknown>)
  }

  /**
   * An upstream's failures carry its own text (which can name the key's project): logged here,
   * replaced by a generic message with the same code before anything can answer with it.
   */
  withoutUpstreamText(error: unknown, kind: string): unknown {
    const generic = genericUpstreamError(error)
    if (generic) {
      this.log.warn(`solar360 ${generic.code} (${kind}): ${(error as Error).message}`)
      return generic
    }
    return error
  }
}
