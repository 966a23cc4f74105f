import { defineMiddlewares } from "@medusajs/framework/http"
import { adminLeadMiddlewares } from "./admin/solar360/leads/middlewares"
import { adminEventMiddlewares } from "./admin/solar360/events/middlewares"
import { adminCatalogAccessLogMiddlewares } from "./admin/solar360/catalog-access-logs/middlewares"
import { adminAnalyticsMiddlewares } from "./admin/solar360/analytics/middlewares"
import { adminCartAbandonmentMiddlewares } from "./admin/solar360/analytics/carts/middlewares"
import { adminFinancingSimulationMiddlewares } from "./admin/solar360/financing-simulations/middlewares"
import { adminSolarViabilityAnalysisMiddlewares } from "./admin/solar360/solar-viability-analyses/middlewares"
import { adminSolar360StatsMiddlewares } from "./admin/solar360/stats/middlewares"
import { adminSolar360HealthMiddlewares } from "./admin/solar360/health/middlewares"
import { adminSolar360CacheMiddlewares } from "./admin/solar360/caches/middlewares"
import { adminSolar360RetentionMiddlewares } from "./admin/solar360/privacy/retention/middlewares"
import { storeCatalogAccessLogMiddlewares } from "./store/solar360/catalog-access-logs/middlewares"
import { storeEventMiddlewares } from "./store/solar360/events/middlewares"
import { storeLeadMiddlewares } from "./store/solar360/leads/middlewares"
import { storeHelioMiddlewares } from "./store/solar360/helio/middlewares"
import { storeTariffMiddlewares } from "./store/solar360/tariffs/middlewares"
import { adminHelioMiddlewares } from "./admin/solar360/helio/middlewares"
import { storeFinancingSimulationMiddlewares } from "./store/solar360/financing-simulations/middlewares"
import { storeSolarViabilityAnalysisMiddlewares } from "./store/solar360/solar-viability-analyses/middlewares"
import { storeDataPracticesMiddlewares } from "./store/solar360/data-practices/middlewares"
import { storePhotogrammetryMiddlewares } from "./store/solar360/photogrammetry/lookup/middlewares"
import { adminPhotogrammetryAnalysisMiddlewares } from "./admin/solar360/photogrammetry-analyses/middlewares"
import { adminPrivacySubjectMiddlewares } from "./admin/solar360/privacy/subjects/middlewares"
import { adminIngestionKeyMiddlewares } from "./admin/solar360/ingestion-keys/middlewares"
import { adminCustomer360Middlewares } from "./admin/solar360/customers/middlewares"
import { adminOrder360Middlewares } from "./admin/solar360/orders/middlewares"
import { adminProduct360Middlewares } from "./admin/solar360/products/middlewares"

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
    ...adminSolar360HealthMiddlewares,
    ...adminSolar360CacheMiddlewares,
    ...adminSolar360RetentionMiddlewares,
    ...adminEventMiddlewares,
    ...adminCatalogAccessLogMiddlewares,
    ...adminAnalyticsMiddlewares,
    ...adminCartAbandonmentMiddlewares,
    ...adminFinancingSimulationMiddlewares,
    ...adminSolarViabilityAnalysisMiddlewares,
    ...storePhotogrammetryMiddlewares,
    ...adminPhotogrammetryAnalysisMiddlewares,
    ...adminPrivacySubjectMiddlewares,
    ...adminIngestionKeyMiddlewares,
    ...adminCustomer360Middlewares,
    ...adminOrder360Middlewares,
    ...adminProduct360Middlewares,
  ],
})
