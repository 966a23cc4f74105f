import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminDataSubjectParams,
  AdminEraseDataSubject,
  AdminExportDataSubject,
  AdminSearchDataSubject,
  AdminExportDataSubjectParams,
  AdminListPrivacyAuditParams,
} from "./validators"

export const adminPrivacySubjectMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/solar360/privacy/subjects",
    middlewares: [validateAndTransformQuery(AdminDataSubjectParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/privacy/subjects/export",
    middlewares: [validateAndTransformQuery(AdminExportDataSubjectParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/solar360/privacy/subjects/search",
    middlewares: [validateAndTransformBody(AdminSearchDataSubject)],
  },
  {
    method: ["POST"],
    matcher: "/admin/solar360/privacy/subjects/export",
    middlewares: [validateAndTransformBody(AdminExportDataSubject)],
  },
  {
    method: ["POST"],
    matcher: "/admin/solar360/privacy/subjects/erase",
    middlewares: [validateAndTransformBody(AdminEraseDataSubject)],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/privacy/audit",
    middlewares: [validateAndTransformQuery(AdminListPrivacyAuditParams, {})],
  },
]
