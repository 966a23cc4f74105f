import { createServer, IncomingMessage, ServerResponse } from "http"
import { AddressInfo } from "net"
import { fetchJson } from "../../src/lib/cache"
import type { CacheTable } from "../../src/modules/solar360"

/**
 * What the stand-in answers next. `hold`: answers wait until `releaseHeld()` (an upstream
 * hanging for as long as a test needs). `body` null: the default answer for the path.
 */
export type StandInBehaviour = { status: number; delayMs: number; body: string | null; hold: boolean }

/**
 * A local stand-in for a JSON upstream (CKAN, pvlib, Google Solar) that records every call
 * (`"METHOD /path body"`) and answers as `behaviour` says. `defaultAnswer` gives the body for a
 * path when `behaviour.body` is null (default: the path and the call's number).
 * `behaviour` and `calls` are the same objects for the server's life (`reset()` changes them
 * in place), so a test file may destructure them once.
 */
export function createStandInUpstream({ defaultAnswer }: { defaultAnswer?: (url: string) => string | undefined } = {}) {
  const behaviour: StandInBehaviour = { status: 200, delayMs: 0, body: null, hold: false }
  const calls: string[] = []
  let held: Array<() => void> = []
  let baseUrl = ""

  const releaseHeld = () => {
    const answers = held
    held = []
    answers.forEach((answer) => answer())
  }
  const reset = () => {
    releaseHeld()
    Object.assign(behaviour, { status: 200, delayMs: 0, body: null, hold: false })
    calls.length = 0
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      calls.push(`${req.method} ${req.url} ${body}`)
      const answer = behaviour.body ?? defaultAnswer?.(req.url ?? "") ?? JSON.stringify({ path: req.url, n: calls.length })
      const status = behaviour.status
      const send = () => {
        res.writeHead(status, { "content-type": "application/json" })
        res.end(answer)
      }
      if (behaviour.hold) {
        held.push(send)
      } else {
        setTimeout(send, behaviour.delayMs)
      }
    })
  })
  // Idle keep-alive sockets stay open for the whole file: a socket the server closes just as
  // the client reuses it can make fetch retry, and the stand-in would count two calls.
  server.keepAliveTimeout = 120_000

  return {
    behaviour,
    calls,
    reset,
    releaseHeld,
    get baseUrl() {
      return baseUrl
    },
    /** Listens on 127.0.0.1 (`port` 0: any free port) and resolves with the base URL. */
    async listen(port = 0): Promise<string> {
      await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve))
      baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      return baseUrl
    },
    async close(): Promise<void> {
      releaseHeld()
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
    /** A fetcher of the stand-in, as ANEEL's client would be: 404 is "not found". */
    fetcherFor(path: string, timeoutMs = 5000) {
      return async () => {
        const { status, json } = await fetchJson(`${baseUrl}${path}`, { timeoutMs })
        return status === 404
          ? { found: false as const, source_url: `${baseUrl}${path}` }
          : { found: true as const, value: json, source_url: `${baseUrl}${path}` }
      }
    },
  }
}

type CacheRowService = {
  listAneelCaches(filters: { cache_key: string }): Promise<unknown[]>
  listPvlibCaches(filters: { cache_key: string }): Promise<unknown[]>
  updateAneelCaches(data: { id: string; expires_at: Date }): Promise<unknown>
  updatePvlibCaches(data: { id: string; expires_at: Date }): Promise<unknown>
}

/** Reads a cache table's row by key, and backdates its expiry (the service's generated methods). */
export function cacheRows(service: () => CacheRowService) {
  const entry = async (table: CacheTable, cacheKeyValue: string) => {
    const list =
      table === "aneel_cache"
        ? await service().listAneelCaches({ cache_key: cacheKeyValue })
        : await service().listPvlibCaches({ cache_key: cacheKeyValue })
    return list[0] as any
  }
  const expire = async (table: CacheTable, cacheKeyValue: string, agoMs: number) => {
    const row = await entry(table, cacheKeyValue)
    const update = { id: row.id, expires_at: new Date(Date.now() - agoMs) }
    if (table === "aneel_cache") {
      await service().updateAneelCaches(update)
    } else {
      await service().updatePvlibCaches(update)
    }
  }
  return { entry, expire }
}
