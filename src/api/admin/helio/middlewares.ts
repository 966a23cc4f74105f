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
  AdminGetRagQueriesParams,
  AdminGetRagQueryParams,
  AdminLogRagQueries,
  AdminReviewRagQuery,
  AdminStartHelioConversation,
  AdminUpdateHelioConversation,
} from "./validators"

// /admin routes are authenticated by Medusa itself: an admin session or bearer token, or a
// secret API key (`Authorization: Basic base64(sk_...:)`), which is how the assistant calls.
export const adminHelioMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/helio/conversations",
    middlewares: [validateAndTransformQuery(AdminGetHelioConversationsParams, adminHelioConversationListQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/helio/conversations",
    middlewares: [
      validateAndTransformBody(AdminStartHelioConversation),
      validateAndTransformQuery(AdminGetRagQueryParams, adminHelioConversationQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/helio/conversations/:id",
    middlewares: [validateAndTransformQuery(AdminGetHelioConversationParams, adminHelioConversationQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/helio/conversations/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateHelioConversation),
      validateAndTransformQuery(AdminGetRagQueryParams, adminHelioConversationQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/helio/conversations/:id/queries",
    middlewares: [validateAndTransformBody(AdminLogRagQueries)],
  },
  {
    method: ["GET"],
    matcher: "/admin/helio/metrics",
    middlewares: [validateAndTransformQuery(AdminGetHelioMetricsParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/rag-queries",
    middlewares: [validateAndTransformQuery(AdminGetRagQueriesParams, adminRagQueryListQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/admin/rag-queries/:id",
    middlewares: [validateAndTransformQuery(AdminGetRagQueryParams, adminRagQueryQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/rag-queries/:id/review",
    middlewares: [
      validateAndTransformBody(AdminReviewRagQuery),
      validateAndTransformQuery(AdminGetRagQueryParams, adminRagQueryQueryConfig),
    ],
  },
]
