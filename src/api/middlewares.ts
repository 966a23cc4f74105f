import { defineMiddlewares } from "@medusajs/framework/http"
import { adminLeadMiddlewares } from "./admin/leads/middlewares"
import { adminEventMiddlewares } from "./admin/events/middlewares"
import { adminCatalogAccessLogMiddlewares } from "./admin/catalog-access-logs/middlewares"
import { adminAnalyticsMiddlewares } from "./admin/analytics/middlewares"
import { adminFinancingSimulationMiddlewares } from "./admin/financing-simulations/middlewares"
import { adminSolarViabilityAnalysisMiddlewares } from "./admin/solar-viability-analyses/middlewares"
import { adminSolar360StatsMiddlewares } from "./admin/solar360/stats/middlewares"
import { adminSolar360CacheMiddlewares } from "./admin/solar360/caches/middlewares"
import { adminSolar360RetentionMiddlewares } from "./admin/solar360/privacy/retention/middlewares"
import { storeCatalogAccessLogMiddlewares } from "./store/catalog-access-logs/middlewares"
import { storeEventMiddlewares } from "./store/events/middlewares"
import { storeLeadMiddlewares } from "./store/leads/middlewares"
import { storeHelioMiddlewares } from "./store/helio/middlewares"
import { storeTariffMiddlewares } from "./store/tariffs/middlewares"
import { adminHelioMiddlewares } from "./admin/helio/middlewares"
import { storeFinancingSimulationMiddlewares } from "./store/financing-simulations/middlewares"
import { storeSolarViabilityAnalysisMiddlewares } from "./store/solar-viability-analyses/middlewares"
import { storeDataPracticesMiddlewares } from "./store/solar360/data-practices/middlewares"
import { storePhotogrammetryMiddlewares } from "./store/photogrammetry/lookup/middlewares"
import { adminPhotogrammetryAnalysisMiddlewares } from "./admin/photogrammetry-analyses/middlewares"
import { adminPrivacySubjectMiddlewares } from "./admin/solar360/privacy/subjects/middlewares"
import { adminIngestionKeyMiddlewares } from "./admin/solar360/ingestion-keys/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeLeadMiddlewares,
    ...storeEventMiddlewares,
    ...storeCatalogAccessLogMiddlewares,
    ...storeDataPracticesMiddlewares,
    ...storeHelioMiddlewares,
    ...storeTariffMiddlewares,
    ...adminHelioMiddlewares,
    ...storeFinancingSimulationMiddlewares,
    ...storeSolarViabilityAnalysisMiddlewares,
    ...adminLeadMiddlewares,
    ...adminSolar360StatsMiddlewares,
    ...adminSolar360CacheMiddlewares,
    ...adminSolar360RetentionMiddlewares,
    ...adminEventMiddlewares,
    ...adminCatalogAccessLogMiddlewares,
    ...adminAnalyticsMiddlewares,
    ...adminFinancingSimulationMiddlewares,
    ...adminSolarViabilityAnalysisMiddlewares,
    ...storePhotogrammetryMiddlewares,
    ...adminPhotogrammetryAnalysisMiddlewares,
    ...adminPrivacySubjectMiddlewares,
    ...adminIngestionKeyMiddlewares,
  ],
})
