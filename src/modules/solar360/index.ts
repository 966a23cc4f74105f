import { ModuleExports } from "@medusajs/framework/types"
import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import Solar360ModuleService from "./service"

export const SOLAR360_MODULE = "solar360"

/**
 * Annotated as Medusa's own modules declare theirs (`ModuleExports<typeof Service> & {
 * linkable }`): inferring `Module(...)`'s linkable type walks every field of every model and
 * TypeScript gives up when it must write that type into the published declarations (TS2589).
 * Link files take typed linkables from `./linkable`.
 */
const solar360Module: ModuleExports<typeof Solar360ModuleService> & {
  linkable: Record<string, unknown>
} = Module(SOLAR360_MODULE, {
  service: Solar360ModuleService,
  loaders: [validateOptionsLoader],
})

export default solar360Module

export { Solar360ModuleService }
export * from "./models"
export * from "./options"
export * from "./events"
export * from "./types"
