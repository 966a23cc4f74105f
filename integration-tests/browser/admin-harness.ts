// Typed access to scripts/lib/admin-rig.js: the Medusa admin (built with the plugin's screens)
// served by the plugin's own `medusa start` server, and Debian's Chromium logged in as an admin.
import type { Browser, Page } from "playwright-core"
import type { MedusaServer } from "./harness"

// eslint-disable-next-line @typescript-eslint/no-require-imports
const rig = require("../../scripts/lib/admin-rig")

export type AdminPage = Page & {
  /** Uncaught errors and console errors the page reported since it opened. */
  problems: string[]
}

export type AdminRig = {
  server: MedusaServer & { adminToken: string; databaseUrl: string }
  browser: Browser
  /** Opens `/app<path>` logged in, with the admin's language set ("en" or "ptBR"). */
  open: (path: string, options?: { language?: "en" | "ptBR"; viewport?: { width: number; height: number } }) => Promise<AdminPage>
  close: () => Promise<void>
}

export function startAdminRig(options: {
  env?: Record<string, string>
  seed?: (server: AdminRig["server"]) => Promise<void>
} = {}): Promise<AdminRig> {
  const databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: run the layer through `npm test -- browser`")
  return rig.startAdminRig({ databaseUrl, ...options })
}
