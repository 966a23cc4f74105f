import {
  MiddlewareRoute,
  unlessPath,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  adminLeadConsentListQueryConfig,
  adminLeadListQueryConfig,
  adminLeadQueryConfig,
} from "./query-config"
import {
  AdminExportLeadsParams,
  AdminGetLeadConsentParams,
  AdminGetLeadFunnelParams,
  AdminGetLeadParams,
  AdminGetLeadsParams,
  AdminRecordLeadConsent,
  AdminUpdateLead,
} from "./validators"
import { AdminGetLeadTimelineParams } from "./[id]/timeline/validators"

export const adminLeadMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/solar360/leads",
    middlewares: [validateAndTransformQuery(AdminGetLeadsParams, adminLeadListQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/leads/export",
    middlewares: [validateAndTransformQuery(AdminExportLeadsParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/leads/funnel",
    middlewares: [validateAndTransformQuery(AdminGetLeadFunnelParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/leads/:id",
    // "/admin/solar360/leads/:id" also matches the export and funnel paths; they have their own.
    middlewares: [
      unlessPath(
        /^\/admin\/leads\/(export|funnel)\/?$/,
        validateAndTransformQuery(AdminGetLeadParams, adminLeadQueryConfig)
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/solar360/leads/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateLead),
      validateAndTransformQuery(AdminGetLeadParams, adminLeadQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/leads/:id/consent",
    middlewares: [validateAndTransformQuery(AdminGetLeadConsentParams, adminLeadConsentListQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/solar360/leads/:id/consent",
    middlewares: [validateAndTransformBody(AdminRecordLeadConsent)],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/leads/:id/timeline",
    middlewares: [validateAndTransformQuery(AdminGetLeadTimelineParams, {})],
  },
]
