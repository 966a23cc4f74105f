/**
 * The miss path of the ANEEL / pvlib cache (getOrFetch on the service): lease, fetch outside
 * any transaction, store. Every statement here is one short autocommit statement, so a
 * hanging upstream holds a socket and a slot of `upstreamConcurrency`, never a pooled
 * database connection.
 */
import { generateIds } from "../../lib/ids/ulid"
import { Context } from "@medusajs/framework/types"
import { isUpstreamError, UpstreamError, UpstreamErrorCode } from "../../lib/cache"
import { CACHE_ID_PREFIX, CACHE_UPSTREAM_KIND, toCacheResult } from "./internal/caches"
import type { UpstreamCacheRepository } from "./repositories/upstream-cache"
import type { CacheFetchOptions, CacheFetchOutcome, CacheResult, CacheTable } from "./types/caches"
import { leaseMs, leaseOwner, nextPollDelay, sleep, UpstreamSlots } from "./upstream-flight"
import { Solar360ErrorCode } from "./errors"

/**
 * A miss that could not be answered: thrown as a MedusaError by getOrFetch with `message`
 * (no upstream text in it: it may reach a store answer or a stored record), after logging
 * `detail` (what the upstream said).
 */
export type CacheFailure = {
  failure:
    | typeof Solar360ErrorCode.UPSTREAM_TIMEOUT
    | typeof Solar360ErrorCode.UPSTREAM_ERROR
    | typeof Solar360ErrorCode.UPSTREAM_BUSY
  message: string
  detail: string
}

export type CacheFillDeps = {
  /** A context whose manager is outside any transaction: each statement commits on its own. */
  context: Context
  repository: UpstreamCacheRepository
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
  const { context, repository } = deps
  const timeoutMs = opts.timeoutMs ?? deps.upstreamTimeoutMs
  const lease = leaseMs(timeoutMs)
  // Two whole leases: past that, something is wrong with the clock or the database.
  const giveUpAt = Date.now() + 2 * lease
  let delay: number | null = null
  for (;;) {
    const now = new Date()
    const fresh = await repository.hit(context, table, { key, now })
    if (fresh) {
      await repository.countDaily(context, table, kind, now, { hits: 1 })
      return toCacheResult<T>(fresh, true, false)
    }
    const owner = leaseOwner()
    const [id] = generateIds(CACHE_ID_PREFIX[table], 1, now.getTime())
    const claimed = await repository.claim(context, table, {
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
      return failureOrStale<T>(deps, table, kind, key, opts, Solar360ErrorCode.UPSTREAM_TIMEOUT, null)
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
  const { context, repository } = deps
  const giveBack = () => repository.release(context, table, lease)
  const release = deps.slots.tryAcquire(CACHE_UPSTREAM_KIND[table])
  if (!release) {
    await giveBack()
    return failureOrStale<T>(deps, table, kind, key, opts, Solar360ErrorCode.UPSTREAM_BUSY, null)
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
      deps,
      table,
      kind,
      key,
      opts,
      timeout ? Solar360ErrorCode.UPSTREAM_TIMEOUT : Solar360ErrorCode.UPSTREAM_ERROR,
      error
    )
  } finally {
    release()
  }
  const fetchedAt = new Date()
  const ttl = outcome.found ? opts.ttlMs : opts.negativeTtlMs
  const stored = await repository.upsert(context, table, {
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
  await repository.countDaily(context, table, kind, fetchedAt, { upstream_calls: 1 })
  return toCacheResult<T>(stored, false, false)
}

/**
 * An entry expired less than `staleIfErrorMs` ago is served instead of the failure; the
 * failure is counted on the entry either way. The upstream's own text goes to `last_error`
 * and to the server log (through the message), never into a store answer: the routes
 * replace it with a generic one.
 */
async function failureOrStale<T>(
  deps: CacheFillDeps,
  table: CacheTable,
  kind: string,
  key: string,
  opts: CacheFetchOptions,
  failure: CacheFailure["failure"],
  error: UpstreamError | null
): Promise<CacheResult<T> | CacheFailure> {
  const { context, repository } = deps
  const now = new Date()
  const existing = await repository.find(context, table, key)
  const servable = !!existing && now.getTime() < new Date(existing.expires_at).getTime() + opts.staleIfErrorMs
  if (existing && error) {
    await repository.recordError(context, table, {
      id: existing.id,
      served: servable,
      error: `${error.code}: ${error.message}`.slice(0, 500),
      now,
    })
  }
  // Every upstream failure counts on the day's history, with or without an entry; a busy
  // bound (no call made) counts only when it serves stale.
  if (error || servable) {
    await repository.countDaily(context, table, kind, now, { upstream_errors: error ? 1 : 0, stale_serves: servable ? 1 : 0 })
  }
  if (servable) {
    return toCacheResult<T>(existing, false, true)
  }
  const messages: Record<CacheFailure["failure"], string> = {
    [Solar360ErrorCode.UPSTREAM_TIMEOUT]: `The ${kind} service did not answer in time and no cached answer can be served`,
    [Solar360ErrorCode.UPSTREAM_ERROR]: `The ${kind} service failed and no cached answer can be served`,
    [Solar360ErrorCode.UPSTREAM_BUSY]: `Too many ${kind} requests to the upstream are in flight; retry shortly`,
  }
  const detail = error
    ? `${error.message}${error.status !== null ? ` [HTTP ${error.status}]` : ""}${error.body ? `: ${error.body}` : ""}`
    : failure === Solar360ErrorCode.UPSTREAM_BUSY
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
