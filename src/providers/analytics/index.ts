import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { Solar360AnalyticsProvider } from "./service"

export default ModuleProvider(Modules.ANALYTICS, {
  services: [Solar360AnalyticsProvider],
})
