import type { Server } from "http"
import type { AddressInfo } from "net"

// Stand-in upstreams that the HTTP layer's app must know before it boots. A suite that points an
// option at a local stand-in (ANEEL, pvlib, Google Solar) starts it when imported, on a port the
// OS picks, and sets the option's variable once it listens; runHttpSuites waits for all of them
// in a top-level beforeAll, which runs before the runner's boot (nested in its describe) loads
// medusa-config.ts. Fixed ports (40000-62000 + pid) sat in Linux's ephemeral range, where any
// process's outgoing connection may hold one: `listen EADDRINUSE` was seen on a shared machine.
const pending: Promise<void>[] = []

/** Runs `start` (which resolves once its server listens) before the app boots. */
export function beforeBoot(start: () => Promise<void>): void {
  pending.push(start())
}

/** Resolves when every stand-in registered with `beforeBoot` listens (rejects if one failed). */
export async function standInsReady(): Promise<void> {
  await Promise.all(pending)
}

/** Listens on a port the OS picks (on `host`, or every interface) and resolves with the port. */
export function listenOnFreePort(server: Server, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    const listening = () => resolve((server.address() as AddressInfo).port)
    if (host) server.listen(0, host, listening)
    else server.listen(0, listening)
  })
}
