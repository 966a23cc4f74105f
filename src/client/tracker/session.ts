import { type Campaign, campaignKey, hasCampaign } from "./attribution"
import { type KeyValueStorage, readJson, writeJson } from "./environment"

export type SessionState = { id: string; last_activity_at: number; campaign: Campaign }

/**
 * Sessions as web analytics count them (Google Analytics' rules): a session ends after
 * `idleMs` without activity (30 minutes by default), and a landing with a different campaign
 * starts a new one. The session keeps the campaign it started with, so every event of the
 * visit carries its attribution.
 */
export class SessionTracker {
  private state: SessionState | null

  constructor(
    private storage: KeyValueStorage | null,
    private readonly storageKey: string,
    private readonly idleMs: number,
    private readonly newId: () => string
  ) {
    this.state = storage ? readJson<SessionState | null>(storage, storageKey, null) : null
  }

  /** The session an activity at `now` belongs to, starting a new one when the rules say so. */
  touch(now: number, landingCampaign: Campaign = {}): SessionState {
    const current = this.state
    const expired = !current || now - current.last_activity_at > this.idleMs
    const newCampaign =
      !!current && hasCampaign(landingCampaign) && campaignKey(landingCampaign) !== campaignKey(current.campaign)
    if (expired || newCampaign) {
      this.state = { id: this.newId(), last_activity_at: now, campaign: landingCampaign }
    } else {
      this.state = { ...current, last_activity_at: Math.max(current.last_activity_at, now) }
    }
    this.persist()
    return this.state
  }

  /** Forgets the session (opt-out, consent refused) and stops mirroring it to storage. */
  reset(): void {
    this.state = null
    this.storage = null
  }

  /** Starts mirroring to storage (after consent). */
  attach(storage: KeyValueStorage): void {
    this.storage = storage
    this.persist()
  }

  private persist(): void {
    if (this.storage && this.state) writeJson(this.storage, this.storageKey, this.state)
  }
}
