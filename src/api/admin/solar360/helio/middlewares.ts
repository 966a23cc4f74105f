import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  adminHelioConversationListQueryConfig,
  adminHelioConversationQueryConfig,
  adminRagQueryListQueryConfig,
  adminRagQueryQueryConfig,
} from "./query-config"
import {
  AdminGetHelioConversationParams,
  AdminGetHelioConversationsParams,
  AdminGetHelioMetricsParams,
  AdminGetHelioTimeseriesParams,
  AdminGetRagQueriesParams,
  AdminGetRagQueryParams,
  AdminLogRagQueries,
  AdminReviewRagQuery,
  AdminStartHelioConversation,
  AdminUpdateHelioConversation,
} from "./validators"
import { adminAuth, authenticateHelioLogging } from "../../../utils/ingestion-key-auth"

// /admin routes are authenticated by Medusa itself: an admin session or bearer token, or a
// secret API key (`Authorization: Basic base64(sk_...:)`). The conversation route files opt
// out of that so the logging methods (start, update, log queries) also accept the assistant's
// ingestion key; their other methods get admin auth here. Nothing else accepts the key.
export const adminHelioMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/solar360/helio/conversations",
    middlewares: [adminAuth, validateAndTransformQuery(AdminGetHelioConversationsParams, adminHelioConversationListQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/solar360/helio/conversations",
    middlewares: [
      authenticateHelioLogging,
      validateAndTransformBody(AdminStartHelioConversation),
      validateAndTransformQuery(AdminGetRagQueryParams, adminHelioConversationQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/helio/conversations/:id",
    middlewares: [adminAuth, validateAndTransformQuery(AdminGetHelioConversationParams, adminHelioConversationQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/solar360/helio/conversations/:id",
    middlewares: [
      authenticateHelioLogging,
      validateAndTransformBody(AdminUpdateHelioConversation),
      validateAndTransformQuery(AdminGetRagQueryParams, adminHelioConversationQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/solar360/helio/conversations/:id/queries",
    middlewares: [authenticateHelioLogging, validateAndTransformBody(AdminLogRagQueries)],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/helio/metrics",
    middlewares: [validateAndTransformQuery(AdminGetHelioMetricsParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/helio/metrics/timeseries",
    middlewares: [validateAndTransformQuery(AdminGetHelioTimeseriesParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/rag-queries",
    middlewares: [validateAndTransformQuery(AdminGetRagQueriesParams, adminRagQueryListQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/rag-queries/:id",
    middlewares: [validateAndTransformQuery(AdminGetRagQueryParams, adminRagQueryQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/solar360/rag-queries/:id/review",
    middlewares: [
      validateAndTransformBody(AdminReviewRagQuery),
      validateAndTransformQuery(AdminGetRagQueryParams, adminRagQueryQueryConfig),
    ],
  },
]
