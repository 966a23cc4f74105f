// What admin.spec.ts hands each dashboard suite: the one rig the whole browser file shares (one
// admin build, one server, one demo store), and its helpers. A suite file exports a function
// that declares its `describe` blocks; admin-suites/index.ts lists them.
import type { AdminPage, AdminRig } from "../admin-harness"

export type AdminSuiteContext = {
  /** The running rig (started in admin.spec.ts's beforeAll: call inside tests only). */
  rig: () => AdminRig
  /** Opens a page, waits for its heading and for the network to settle. */
  openPage: (route: string, heading: string | RegExp, language?: "en" | "ptBR") => Promise<AdminPage>
  /** Saves a full-page screenshot when SOLAR360_SCREENSHOT_DIR is set (`npm run screenshots`). */
  screenshot: (page: AdminPage, name: string) => Promise<void>
  /** An admin API call with the rig's bearer token (test setup and checks, not what pages do). */
  adminApi: <T>(method: "GET" | "POST" | "DELETE", path: string, body?: unknown) => Promise<T>
}

export type AdminSuite = (context: AdminSuiteContext) => void
