import { ModuleExports } from "@medusajs/framework/types"
import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import Solar360ModuleService from "./service"

export const SOLAR360_MODULE = "solar360"

/**
 * Annotated as Medusa's own modules declare theirs (`ModuleExports<typeof Service> & {
 * linkable }`): inferring `Module(...)`'s linkable type walks every field of every model and
 * TypeScript gives up when it must write that type into the published declarations (TS2589).
 * Link files take typed linkables from `Solar360` below.
 */
const solar360Module: ModuleExports<typeof Solar360ModuleService> & {
  linkable: Record<string, unknown>
} = Module(SOLAR360_MODULE, {
  service: Solar360ModuleService,
  loaders: [validateOptionsLoader],
})

export default solar360Module

export { Solar360ModuleService }
/** The shape `defineLink` needs from one model's linkable. */
type ModelLinkable = Record<string, unknown> & {
  toJSON: () => {
    serviceName: string
    field: string
    linkable: string
    primaryKey: string
  }
}

/**
 * The module's linkables, loosely typed. TypeScript's inference of `Module(...).linkable`
 * walks every field of a model and gives up ("type instantiation is excessively deep") on
 * our widest models, so the link files take their linkables from here:
 * `Solar360.linkable.lead` is `Solar360Module.linkable.lead` at run time.
 */
export const Solar360 = {
  linkable: solar360Module.linkable as unknown as Linkables,
}

type Linkables = Record<
  | "lead"
  | "event"
  | "ragQuery"
  | "helioConversation"
  | "photogrammetryAnalysis"
  | "financingSimulation"
  | "solarViabilityAnalysis"
  | "catalogAccessLog"
  | "pvlibCache"
  | "aneelCache",
  ModelLinkable
>

// The module's public surface: code outside src/modules/solar360 imports only this file
// (ESLint no-restricted-imports). Internals stay unexported.
export * from "./models"
export * from "./options"
export * from "./events"
export * from "./types"
export * from "./errors"
export * from "./entities"
export { jobSchedule, runScheduledJob } from "./scheduled-jobs"
export type { ScheduledJobContext } from "./scheduled-jobs"
export { CACHE_TABLES, isCacheTable } from "./internal/caches"
export { PvlibYieldRequest } from "./clients/pvlib"
export type { DataHealthReport, WeeklyDigest } from "./services/data-health"
