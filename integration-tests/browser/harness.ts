// The browser layer's harness: typed access to scripts/lib/browser-rig.js (Debian's Chromium, a
// storefront page on another origin, the plugin in a real Medusa server run by `medusa start`).
import type { Browser, Page } from "playwright-core"

// eslint-disable-next-line @typescript-eslint/no-require-imports
const rig = require("../../scripts/lib/browser-rig")

export type MedusaServer = {
  baseUrl: string
  publishableKey: string
  logFile: string
  query: <Row = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<Row[]>
  /** Runs a script with `medusa exec` against the server's database; resolves with its output. */
  exec: (script: string) => Promise<string>
  /** Kills the server (SIGKILL) and keeps its database. */
  stop: () => Promise<void>
  /** Starts it again on the same port. */
  start: () => Promise<void>
  close: () => Promise<void>
}

export type StorefrontRig = {
  server: MedusaServer
  pageOrigin: string
  browser: Browser
  /** Opens the test page in a fresh context; `options` go to createBrowserTracker. */
  open: (options?: Record<string, unknown>, pathAndQuery?: string) => Promise<Page>
  close: () => Promise<void>
}

export function startStorefrontRig(env: Record<string, string> = {}): Promise<StorefrontRig> {
  const databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: run the layer through `npm test -- browser`")
  return rig.startStorefrontRig({ databaseUrl, env })
}
