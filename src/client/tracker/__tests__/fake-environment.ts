import { type BatchKind, type BatchTransport, type Clock, type SendOutcome } from "../environment"

/** A clock whose time moves only when the test says, running due timers in order. */
export class ManualClock implements Clock {
  private current = Date.parse("2026-12-03T12:00:00Z")
  private timers = new Map<number, { at: number; callback: () => void }>()
  private nextHandle = 1

  now(): number {
    return this.current
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const handle = this.nextHandle++
    this.timers.set(handle, { at: this.current + ms, callback })
    return handle
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number)
  }

  get pendingTimers(): number {
    return this.timers.size
  }

  /** Moves time forward by `ms`, firing each timer that falls due, then lets promises settle. */
  async advance(ms: number): Promise<void> {
    const end = this.current + ms
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0]
      if (!due) break
      this.timers.delete(due[0])
      this.current = Math.max(this.current, due[1].at)
      due[1].callback()
      await settle()
    }
    this.current = end
    await settle()
  }
}

export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve()
}

export type SentRequest = { kind: BatchKind; body: Record<string, unknown>; keepalive: boolean }

/** A transport that records every request and answers from a script (default: delivered). */
export class ScriptedTransport implements BatchTransport {
  readonly requests: SentRequest[] = []
  private readonly script: Array<SendOutcome | Error> = []

  private held: Array<() => void> | null = null

  answerNext(...outcomes: Array<SendOutcome | Error>): void {
    this.script.push(...outcomes)
  }

  /** Requests from now on stay unanswered (in flight) until `release()`. */
  hold(): void {
    this.held = []
  }

  release(): void {
    const waiting = this.held ?? []
    this.held = null
    for (const answer of waiting) answer()
  }

  async send(kind: BatchKind, body: Record<string, unknown>, options: { keepalive: boolean }): Promise<SendOutcome> {
    this.requests.push({ kind, body: JSON.parse(JSON.stringify(body)), keepalive: options.keepalive })
    const held = this.held
    if (held) await new Promise<void>((resolve) => held.push(resolve))
    const next = this.script.shift() ?? { status: "delivered", rejected: [] }
    if (next instanceof Error) throw next
    return next
  }

  /** Every item sent, in order, across requests. */
  sentItems(): Array<Record<string, unknown>> {
    return this.requests.flatMap((r) => (r.body.events ?? r.body.logs) as Array<Record<string, unknown>>)
  }
}

/** Deterministic UUID-shaped ids. */
export function sequentialIds(): () => string {
  let n = 0
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`
}
