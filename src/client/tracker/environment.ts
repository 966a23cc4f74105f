/**
 * What the tracker needs from the page, injected so its rules run the same in a browser, in
 * Node and in unit tests: a key-value store (localStorage), a clock with timers, random ids and
 * a way to send a batch. The browser bindings are in `browser.ts`.
 */

/** localStorage's shape; writes may throw (quota, private mode) and the tracker survives that. */
export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export interface Clock {
  now(): number
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/** The two ingestion routes and the envelope key each takes. */
export const BATCH_ROUTES = {
  events: { path: "/store/solar360/events", itemsKey: "events" },
  catalog: { path: "/store/solar360/catalog-access-logs", itemsKey: "logs" },
} as const

export type BatchKind = keyof typeof BATCH_ROUTES

/**
 * What one send came to. `delivered`: the server answered about every item (accepted,
 * duplicate or rejected, none of which a resend changes); `retry`: nothing is known to be
 * stored (network error, 408, 429, 5xx), so the same items go again later with the same
 * message ids; `dropped`: the server refused the envelope itself (another 4xx), which a
 * resend cannot fix.
 */
export type SendOutcome =
  | { status: "delivered"; rejected: Array<{ index: number; code: string; message?: string }> }
  | { status: "retry"; retryAfterMs?: number }
  | { status: "dropped"; httpStatus: number }

export interface BatchTransport {
  send(kind: BatchKind, body: Record<string, unknown>, options: { keepalive: boolean }): Promise<SendOutcome>
}

/** A Map-backed store, for tests and for pages where localStorage is unavailable. */
export function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>()
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  }
}

/** Reads JSON from storage; anything unreadable (absent, corrupt, storage throwing) is `fallback`. */
export function readJson<T>(storage: KeyValueStorage, key: string, fallback: T): T {
  try {
    const raw = storage.getItem(key)
    return raw === null ? fallback : (JSON.parse(raw) as T)
  } catch {
    return fallback
  }
}

/** Writes JSON to storage; a full or forbidden storage only costs persistence, never the call. */
export function writeJson(storage: KeyValueStorage, key: string, value: unknown): boolean {
  try {
    storage.setItem(key, JSON.stringify(value))
    return true
  } catch {
    return false
  }
}

export function removeKey(storage: KeyValueStorage, key: string): void {
  try {
    storage.removeItem(key)
  } catch {
    // Nothing to do: the value is unreadable anyway.
  }
}
