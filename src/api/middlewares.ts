import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSolar360StatsMiddlewares } from "./admin/solar360/stats/middlewares"
import { storeDataPracticesMiddlewares } from "./store/solar360/data-practices/middlewares"

export default defineMiddlewares({
  routes: [...storeDataPracticesMiddlewares, ...adminSolar360StatsMiddlewares],
})
