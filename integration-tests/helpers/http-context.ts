import { MedusaContainer } from "@medusajs/framework/types"
import { SOLAR360_MODULE } from "../../src/modules/solar360"
import type Solar360ModuleService from "../../src/modules/solar360/service"
import { createAdminHeaders, createStoreHeaders } from "./auth"

type Api = Parameters<typeof createAdminHeaders>[0]
export type RequestHeaders = { headers: Record<string, string> }

type Needs = { admin?: boolean; store?: boolean }
export type HttpContext<N extends Needs> = { solar360: Solar360ModuleService } & (N["admin"] extends true
  ? { admin: RequestHeaders }
  : unknown) &
  (N["store"] extends true ? { store: RequestHeaders } : unknown)

type SharedHeaders = { container: MedusaContainer; admin: RequestHeaders; store: RequestHeaders }
let shared: SharedHeaders | null = null

/**
 * Creates one admin (with its bearer token) and one publishable key for the whole test file.
 * Call it from a `beforeAll` registered inside the runner's `testSuite` (the entry files
 * under integration-tests/http do): that hook runs after the app booted and before the
 * runner snapshots the database into the template it restores before every test, so the
 * user, its auth identity and the key come back with every restore and the token stays valid.
 * Registering and logging an admin in hashes the password twice (scrypt): it was the largest
 * fixed cost of a test (0.9-1.9 s measured on the shared machine at load average 10, where
 * the database restore took 0.4-0.8 s), paid by most of the ~300 tests.
 */
export function prepareSharedHeaders(api: Api, getContainer: () => MedusaContainer): void {
  beforeAll(async () => {
    const container = getContainer()
    shared = {
      container,
      admin: await createAdminHeaders(api, container, "admin-shared@solar360.test"),
      store: await createStoreHeaders(container),
    }
  })
  afterAll(() => {
    shared = null
  })
}

/**
 * The setup most HTTP suites run in `beforeEach`: the plugin's module service and, on request,
 * an admin's bearer headers and a publishable key's store headers. Inside an entry file that
 * called `prepareSharedHeaders`, these are the file's shared admin and key (restored with the
 * database before every test); otherwise they are made here, admin first, then the key.
 * Each call returns fresh header objects, so a test may add headers without affecting others.
 */
export async function createHttpContext<N extends Needs>(
  api: Api,
  container: MedusaContainer,
  needs: N
): Promise<HttpContext<N>> {
  const prepared = shared?.container === container ? shared : null
  const context: Record<string, unknown> = {}
  if (needs.admin) {
    context.admin = prepared ? copy(prepared.admin) : await createAdminHeaders(api, container)
  }
  if (needs.store) {
    context.store = prepared ? copy(prepared.store) : await createStoreHeaders(container)
  }
  context.solar360 = container.resolve(SOLAR360_MODULE)
  return context as HttpContext<N>
}

function copy(headers: RequestHeaders): RequestHeaders {
  return { headers: { ...headers.headers } }
}
