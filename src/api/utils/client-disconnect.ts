import type { MedusaResponse } from "@medusajs/framework/http"

/**
 * Watches a streamed answer (CSV, JSON, ZIP exports) for the client going away, so the route
 * stops reading pages from the database instead of reading a whole table for nobody, or
 * waiting forever for a `drain` that a closed socket never emits.
 */
export function watchDisconnect(res: MedusaResponse) {
  let gone = false
  const listeners = new Set<() => void>()
  res.once("close", () => {
    // "close" also follows a normal end; only a close before the answer finished is a disconnect.
    if (!res.writableFinished) {
      gone = true
    }
    for (const listener of listeners) {
      listener()
    }
    listeners.clear()
  })
  return {
    get gone() {
      return gone || res.destroyed
    },
    /** Resolves on `drain` of `stream` (default: the response) or on close; true if still connected. */
    async drained(stream: NodeJS.EventEmitter & { writableNeedDrain?: boolean } = res): Promise<boolean> {
      if (gone || res.destroyed) {
        return false
      }
      if (stream.writableNeedDrain === false) {
        return true
      }
      await new Promise<void>((resolve) => {
        const done = () => {
          stream.off("drain", done)
          listeners.delete(done)
          resolve()
        }
        stream.once("drain", done)
        listeners.add(done)
      })
      return !(gone || res.destroyed)
    },
  }
}
