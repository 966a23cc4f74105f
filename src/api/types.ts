/**
 * The HTTP contract of every plugin route: the type of each JSON answer (inferred from the
 * zod response schemas in each resource folder's `responses.ts`) and the error body. Import
 * from `medusa-plugin-solar360/api/types` (package.json "exports" maps `./*`). The same schemas
 * generate docs/openapi.json (`npm run openapi`).
 */
export type { AdminAnalyticsOverviewResponse, AdminAnalyticsFunnelResponse, AdminCatalogAnalyticsResponse } from "./admin/solar360/analytics/responses"
export type { AdminCartAbandonmentResponse, AdminAbandonedCartListResponse } from "./admin/solar360/analytics/carts/responses"
export type {
  AdminCachesResponse,
  AdminCacheTimeseriesResponse,
  AdminDeleteCacheResponse,
  AdminPvlibYieldResponse,
} from "./admin/solar360/caches/responses"
export type { AdminCatalogAccessLogListResponse, AdminCatalogAccessLogResponse } from "./admin/solar360/catalog-access-logs/responses"
export type { AdminEventListResponse, AdminEventResponse } from "./admin/solar360/events/responses"
export type { AdminFinancingSimulationListResponse, AdminFinancingSimulationResponse, AdminFinancingFunnelResponse } from "./admin/solar360/financing-simulations/responses"
export type { AdminHelioConversationListResponse, AdminHelioConversationDetailResponse, AdminHelioConversationResponse, AdminStartHelioConversationResponse, AdminLogRagQueriesResponse, AdminHelioMetricsResponse, AdminHelioTimeseriesResponse, AdminRagQueryListResponse, AdminRagQueryResponse } from "./admin/solar360/helio/responses"
export type { AdminIngestionKeyListResponse, AdminCreateIngestionKeyResponse, AdminIngestionKeyResponse } from "./admin/solar360/ingestion-keys/responses"
export type { AdminLeadListResponse, AdminLeadResponse, AdminLeadFunnelResponse, AdminLeadConsentListResponse, AdminRecordLeadConsentResponse } from "./admin/solar360/leads/responses"
export type { AdminPhotogrammetryAnalysisListResponse, AdminPhotogrammetryAnalysisResponse } from "./admin/solar360/photogrammetry-analyses/responses"
export type { AdminRetentionPreviewResponse, AdminRetentionRunResponse } from "./admin/solar360/privacy/retention/responses"
export type { AdminDataSubjectSummaryResponse, AdminEraseDataSubjectResponse, AdminPrivacyAuditListResponse, AdminPrivacyAuditResponse } from "./admin/solar360/privacy/subjects/responses"
export type { AdminSolarViabilityAnalysisListResponse, AdminSolarViabilityAnalysisResponse, AdminViabilityDistributionResponse } from "./admin/solar360/solar-viability-analyses/responses"
export type { AdminSolar360StatsResponse, AdminSolar360EntityStatsResponse } from "./admin/solar360/stats/responses"
export type { AdminSolar360HealthResponse } from "./admin/solar360/health/responses"
export type { StoreIngestCatalogAccessLogsResponse } from "./store/solar360/catalog-access-logs/responses"
export type { StoreDataPracticesResponse, StoreDataPracticeResponse } from "./store/solar360/data-practices/responses"
export type { StoreIngestBatchResponse, StoreIngestBatchRejected, StoreIngestEventsResponse } from "./store/solar360/events/responses"
export type { StoreCreateFinancingSimulationResponse, StoreFinancingSimulationResponse, StoreFinancingSimulationListResponse } from "./store/solar360/financing-simulations/responses"
export type { StoreHelioConversationResponse, StoreHelioConversationFeedbackResponse, StoreRagQueryFeedbackResponse } from "./store/solar360/helio/responses"
export type { StoreCaptureLeadResponse, StoreConfirmLeadConsentResponse } from "./store/solar360/leads/responses"
export type { StorePhotogrammetryLookupResponse } from "./store/solar360/photogrammetry/lookup/responses"
export type { StoreCreateSolarViabilityAnalysisResponse, StoreSolarViabilityAnalysisResponse, StoreSolarViabilityAnalysisListResponse } from "./store/solar360/solar-viability-analyses/responses"
export type { StoreTariffResponse, StoreDistributorsResponse } from "./store/solar360/tariffs/responses"
export type { ErrorBody } from "./utils/response-schemas"
export type { AdminCustomerOverviewResponse } from "./admin/solar360/customers/responses"
export type { AdminOrderAttributionResponse } from "./admin/solar360/orders/responses"
export type { AdminProductAnalyticsResponse } from "./admin/solar360/products/responses"
