import {
  MiddlewareRoute,
  unlessPath,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  adminLeadConsentListQueryConfig,
  adminLeadListQueryConfig,
  adminLeadNoteListQueryConfig,
  adminLeadQueryConfig,
} from "./query-config"
import {
  AdminBulkUpdateLeads,
  AdminCreateLead,
  AdminCreateLeadNote,
  AdminExportLeadsParams,
  AdminGetLeadConsentParams,
  AdminGetLeadFunnelParams,
  AdminGetLeadParams,
  AdminGetLeadNotesParams,
  AdminGetLeadsParams,
  AdminImportLeads,
  AdminMergeLeads,
  AdminRecordLeadConsent,
  AdminUpdateLead,
} from "./validators"
import { AdminGetLeadTimelineParams } from "./[id]/timeline/validators"

/**
 * The static paths under /leads that the `/admin/solar360/leads/:id` matcher also matches:
 * that route's validators must not run on them (Medusa runs every matching middleware). The
 * test is against the full path (method middlewares are registered with it).
 */
const NOT_A_LEAD_ID = /^\/admin\/solar360\/leads\/(export|funnel|bulk|import)\/?$/

/** The JSON-encoded CSV of an import: 2 MB of text, plus escaping (quotes, newlines). */
const IMPORT_BODY_PARSER = { sizeLimit: "5mb" } as const

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
    method: ["POST"],
    matcher: "/admin/solar360/leads",
    middlewares: [
      validateAndTransformBody(AdminCreateLead),
      validateAndTransformQuery(AdminGetLeadParams, adminLeadQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/solar360/leads/bulk",
    middlewares: [validateAndTransformBody(AdminBulkUpdateLeads)],
  },
  {
    method: ["POST"],
    matcher: "/admin/solar360/leads/import",
    bodyParser: IMPORT_BODY_PARSER,
    middlewares: [validateAndTransformBody(AdminImportLeads)],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/leads/:id",
    // The export and funnel paths have their own validators (see NOT_A_LEAD_ID).
    middlewares: [unlessPath(NOT_A_LEAD_ID, validateAndTransformQuery(AdminGetLeadParams, adminLeadQueryConfig))],
  },
  {
    method: ["POST"],
    matcher: "/admin/solar360/leads/:id",
    // A bulk change or an import body is not a lead update (see NOT_A_LEAD_ID).
    middlewares: [
      unlessPath(NOT_A_LEAD_ID, validateAndTransformBody(AdminUpdateLead)),
      unlessPath(NOT_A_LEAD_ID, validateAndTransformQuery(AdminGetLeadParams, adminLeadQueryConfig)),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/leads/:id/notes",
    middlewares: [validateAndTransformQuery(AdminGetLeadNotesParams, adminLeadNoteListQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/solar360/leads/:id/notes",
    middlewares: [validateAndTransformBody(AdminCreateLeadNote)],
  },
  {
    method: ["POST"],
    matcher: "/admin/solar360/leads/:id/merge",
    middlewares: [
      validateAndTransformBody(AdminMergeLeads),
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
