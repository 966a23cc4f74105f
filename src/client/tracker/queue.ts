import { type BatchKind, type KeyValueStorage, readJson, removeKey, writeJson } from "./environment"

export type QueuedItem = { kind: BatchKind; payload: Record<string, unknown> & { message_id: string } }

/**
 * The items waiting to be sent, oldest first, bounded, and mirrored to storage at the end of
 * every task that changed them, so a reload, a crash or a closed tab loses nothing that was
 * queued. (One write per task, not per item: a page that tracks a burst of events would
 * otherwise rewrite the whole queue for each, which made tracking itself the bottleneck.) Items keep their
 * `message_id` for life: the server stores each id once, so a resend after an unclear failure
 * can never duplicate. When full, the oldest item goes (the newest tells more about the visit
 * in progress), counted in `dropped`.
 */
export class OutboundQueue {
  private items: QueuedItem[]
  private writePending = false
  dropped = 0

  constructor(
    private storage: KeyValueStorage | null,
    private readonly storageKey: string,
    private readonly maxItems: number
  ) {
    const stored = storage ? readJson<unknown>(storage, storageKey, []) : []
    this.items = Array.isArray(stored) ? stored.filter(isQueuedItem).slice(-maxItems) : []
  }

  get size(): number {
    return this.items.length
  }

  count(kind: BatchKind): number {
    return this.items.filter((item) => item.kind === kind).length
  }

  push(item: QueuedItem): void {
    this.items.push(item)
    const excess = this.items.length - this.maxItems
    if (excess > 0) {
      this.items.splice(0, excess)
      this.dropped += excess
    }
    this.persist()
  }

  /**
   * The oldest items of the kind at the head of the queue, at most `maxItems` of them and at
   * most `maxBytes` of JSON (the server refuses a batch over 500 KB). One item over the byte
   * budget is still taken alone: the server then rejects that item only.
   */
  peekBatch(maxItems: number, maxBytes: number): QueuedItem[] {
    const head = this.items[0]
    if (!head) return []
    const batch: QueuedItem[] = []
    let bytes = 0
    for (const item of this.items) {
      if (item.kind !== head.kind) continue
      const itemBytes = JSON.stringify(item.payload).length + 1
      if (batch.length > 0 && (batch.length >= maxItems || bytes + itemBytes > maxBytes)) break
      batch.push(item)
      bytes += itemBytes
    }
    return batch
  }

  /**
   * For a page being closed, which gets one chance to send: the oldest items whose JSON fits
   * `maxBytes` in all, as batches of one kind each of at most `maxItems`, every kind at once
   * (browsers cap the keepalive bodies in flight together, not each). What does not fit stays.
   */
  peekForExit(maxItems: number, maxBytes: number): QueuedItem[][] {
    const batches: QueuedItem[][] = []
    const open = new Map<BatchKind, QueuedItem[]>()
    let bytes = 0
    for (const item of this.items) {
      bytes += JSON.stringify(item.payload).length + 1
      if (bytes > maxBytes) break
      let batch = open.get(item.kind)
      if (!batch || batch.length >= maxItems) {
        batch = []
        batches.push(batch)
        open.set(item.kind, batch)
      }
      batch.push(item)
    }
    return batches
  }

  /** Removes the items with these message ids (sent, or given up on). */
  remove(messageIds: Iterable<string>): void {
    const gone = new Set(messageIds)
    this.items = this.items.filter((item) => !gone.has(item.payload.message_id))
    this.persist()
  }

  /** Rewrites every waiting item (a consent decision changes what may be sent). */
  map(rewrite: (item: QueuedItem) => QueuedItem): void {
    this.items = this.items.map(rewrite)
    this.persist()
  }

  clear(): void {
    this.items = []
    this.writePending = false
    if (this.storage) removeKey(this.storage, this.storageKey)
  }

  /** Stops mirroring to storage (consent refused: the device keeps nothing). */
  detach(): void {
    this.storage = null
  }

  /** Starts mirroring to storage (after consent) and writes what is queued so far. */
  attach(storage: KeyValueStorage): void {
    this.storage = storage
    this.persist()
  }

  /**
   * Writes once the current task's synchronous work is done (a microtask: before the browser
   * runs any other task, so before a reload, a navigation or `pagehide` can happen).
   */
  private persist(): void {
    if (!this.storage || this.writePending) return
    this.writePending = true
    queueMicrotask(() => {
      if (!this.writePending) return
      this.writePending = false
      if (this.storage) writeJson(this.storage, this.storageKey, this.items)
    })
  }
}

function isQueuedItem(value: unknown): value is QueuedItem {
  const item = value as QueuedItem | null
  return (
    typeof item === "object" &&
    item !== null &&
    (item.kind === "events" || item.kind === "catalog") &&
    typeof item.payload === "object" &&
    item.payload !== null &&
    typeof item.payload.message_id === "string"
  )
}
