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

/**
 * The setup most HTTP specs run in `beforeEach` (the runner restores the database from a
 * template before every test, so the key and the user must be made again each time): the
 * plugin's module service and, on request, an admin's bearer headers and a publishable key's
 * store headers (in that order).
 */
export async function createHttpContext<N extends Needs>(
  api: Api,
  container: MedusaContainer,
  needs: N
): Promise<HttpContext<N>> {
  const context: Record<string, unknown> = {}
  if (needs.admin) {
    context.admin = await createAdminHeaders(api, container)
  }
  if (needs.store) {
    context.store = await createStoreHeaders(container)
  }
  context.solar360 = container.resolve(SOLAR360_MODULE)
  return context as HttpContext<N>
}
