import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import Solar360ModuleService from "./service"

export const SOLAR360_MODULE = "solar360"

export default Module(SOLAR360_MODULE, {
  service: Solar360ModuleService,
  loaders: [validateOptionsLoader],
})

export { Solar360ModuleService }
export * from "./models"
export * from "./options"
export * from "./events"
