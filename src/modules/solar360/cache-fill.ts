/**
 * The miss path of the ANEEL / pvlib cache (getOrFetch on the service): lease, fetch outside
 * any transaction, store. Every statement here is one short autocommit statement, so a
 * hanging upstream holds a socket and a slot of `upstreamConcurrency`, never a pooled
 * database connection.
 */
import { generateIds } from "../../lib/ids/ulid"
import {
  CACHE_ID_PREFIX,
  CACHE_SQL,
  CACHE_UPSTREAM_KIND,
  CacheFetchOptions,
  CacheFetchOutcome,
  CacheResult,
  CacheRow,
  CacheTable,
  isUpstreamError,
  toCacheResult,
  UpstreamError,
  UpstreamErrorCode,
} from "./caches"
import { runRaw } from "./raw-sql"
import { leaseMs, leaseOwner, nextPollDelay, sleep, UpstreamSlots } from "./upstream-flight"

/**
 * A miss that could not be answered: thrown as a MedusaError by getOrFetch with `message`
 * (no upstream text in it: it may reach a store answer or a stored record), after logging
 * `detail` (what the upstream said).
 */
export type CacheFailure = {
  failure: "solar360_upstream_timeout" | "solar360_upstream_error" | "solar360_upstream_busy"
  message: string
  detail: string
}

export type CacheFillDeps = {
  /** A manager outside any transaction: each statement commits on its own. */
  manager: unknown
  slots: UpstreamSlots
  upstreamTimeoutMs: number
}

/**
 * Fills one key once across instances. Loop: a fresh entry is a hit; else try to claim the
 * lease; holding it, fetch and store; else someone else is fetching: poll with backoff. The
 * wait is bounded: a lease lapses `timeout + margin` after it was taken, and then this caller
 * claims it itself. A failure gives the lease back (a placeholder is deleted), so the next
 * caller, here or elsewhere, may try again.
 */
export async function fillCacheEntry<T>(
  deps: CacheFillDeps,
  table: CacheTable,
  kind: string,
  key: string,
  request: object,
  fetcher: () => Promise<CacheFetchOutcome<T>>,
  opts: CacheFetchOptions
): Promise<CacheResult<T> | CacheFailure> {
  const { manager } = deps
  const sql = CACHE_SQL[table]
  const timeoutMs = opts.timeoutMs ?? deps.upstreamTimeoutMs
  const lease = leaseMs(timeoutMs)
  // Two whole leases: past that, something is wrong with the clock or the database.
  const giveUpAt = Date.now() + 2 * lease
  let delay: number | null = null
  for (;;) {
    const now = new Date()
    const [fresh] = await runRaw<CacheRow>(manager, sql.hit, { key, now })
    if (fresh) {
      return toCacheResult<T>(fresh, true, false)
    }
    const owner = leaseOwner()
    const [id] = generateIds(CACHE_ID_PREFIX[table], 1, now.getTime())
    const [claimed] = await runRaw<{ id: string; status: string }>(manager, sql.claim, {
      id,
      key,
      kind,
      request: JSON.stringify(request),
      now,
      owner,
      lease_until: new Date(now.getTime() + lease),
    })
    if (claimed) {
      return fetchAndStore(deps, table, kind, key, request, fetcher, opts, timeoutMs, {
        id: claimed.id,
        owner,
      })
    }
    if (Date.now() > giveUpAt) {
      return failureOrStale<T>(manager, table, kind, key, opts, "solar360_upstream_timeout", null)
    }
    delay = nextPollDelay(delay)
    await sleep(delay)
  }
}

async function fetchAndStore<T>(
  deps: CacheFillDeps,
  table: CacheTable,
  kind: string,
  key: string,
  request: object,
  fetcher: () => Promise<CacheFetchOutcome<T>>,
  opts: CacheFetchOptions,
  timeoutMs: number,
  lease: { id: string; owner: string }
): Promise<CacheResult<T> | CacheFailure> {
  const { manager } = deps
  const sql = CACHE_SQL[table]
  const giveBack = async () => {
    await runRaw(manager, sql.releasePending, lease)
    await runRaw(manager, sql.release, lease)
  }
  const release = deps.slots.tryAcquire(CACHE_UPSTREAM_KIND[table])
  if (!release) {
    await giveBack()
    return failureOrStale<T>(manager, table, kind, key, opts, "solar360_upstream_busy", null)
  }
  const started = Date.now()
  let outcome: CacheFetchOutcome<T>
  try {
    outcome = await withDeadline(fetcher(), timeoutMs)
  } catch (error) {
    await giveBack()
    if (!isUpstreamError(error)) {
      throw error
    }
    const timeout = error.code === UpstreamErrorCode.TIMEOUT
    return failureOrStale<T>(
      manager,
      table,
      kind,
      key,
      opts,
      timeout ? "solar360_upstream_timeout" : "solar360_upstream_error",
      error
    )
  } finally {
    release()
  }
  const fetchedAt = new Date()
  const ttl = outcome.found ? opts.ttlMs : opts.negativeTtlMs
  const [stored] = await runRaw<CacheRow>(manager, sql.upsert, {
    id: lease.id,
    key,
    kind,
    request: JSON.stringify(request),
    response: outcome.found ? JSON.stringify(outcome.value ?? null) : null,
    status_code: outcome.found ? 200 : 404,
    now: fetchedAt,
    expires_at: new Date(fetchedAt.getTime() + ttl),
    source_url: outcome.source_url ?? null,
    duration_ms: Date.now() - started,
    is_negative: !outcome.found,
  })
  return toCacheResult<T>(stored, false, false)
}

/**
 * An entry expired less than `staleIfErrorMs` ago is served instead of the failure; the
 * failure is counted on the entry either way. The upstream's own text goes to `last_error`
 * and to the server log (through the message), never into a store answer: the routes
 * replace it with a generic one.
 */
async function failureOrStale<T>(
  manager: unknown,
  table: CacheTable,
  kind: string,
  key: string,
  opts: CacheFetchOptions,
  failure: CacheFailure["failure"],
  error: UpstreamError | null
): Promise<CacheResult<T> | CacheFailure> {
  const sql = CACHE_SQL[table]
  const now = new Date()
  const [existing] = await runRaw<CacheRow>(manager, sql.find, { key })
  const servable = !!existing && now.getTime() < new Date(existing.expires_at).getTime() + opts.staleIfErrorMs
  if (existing && error) {
    await runRaw(manager, sql.recordError, {
      id: existing.id,
      served: servable,
      error: `${error.code}: ${error.message}`.slice(0, 500),
      now,
    })
  }
  if (servable) {
    return toCacheResult<T>(existing, false, true)
  }
  const messages: Record<CacheFailure["failure"], string> = {
    solar360_upstream_timeout: `The ${kind} service did not answer in time and no cached answer can be served`,
    solar360_upstream_error: `The ${kind} service failed and no cached answer can be served`,
    solar360_upstream_busy: `Too many ${kind} requests to the upstream are in flight; retry shortly`,
  }
  const detail = error
    ? `${error.message}${error.status !== null ? ` [HTTP ${error.status}]` : ""}${error.body ? `: ${error.body}` : ""}`
    : failure === "solar360_upstream_busy"
      ? `upstreamConcurrency.${CACHE_UPSTREAM_KIND[table]} reached`
      : "waited two leases for another instance's fetch"
  return { failure, message: messages[failure], detail }
}

/** The fetcher's promise, or an upstream timeout after `ms` (the fetch itself is abandoned). */
export function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new UpstreamError(UpstreamErrorCode.TIMEOUT, `Upstream did not answer within ${ms} ms`)),
      ms
    )
  })
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer))
}
