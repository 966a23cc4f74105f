import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminIngestionKeyListQueryConfig, adminIngestionKeyQueryConfig } from "./query-config"
import { AdminCreateIngestionKey, AdminGetIngestionKeyParams, AdminGetIngestionKeysParams } from "./validators"

// Admin auth (Medusa's own): an ingestion key can never manage ingestion keys.
export const adminIngestionKeyMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/solar360/ingestion-keys",
    middlewares: [validateAndTransformQuery(AdminGetIngestionKeysParams, adminIngestionKeyListQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/solar360/ingestion-keys",
    middlewares: [
      validateAndTransformBody(AdminCreateIngestionKey),
      validateAndTransformQuery(AdminGetIngestionKeyParams, adminIngestionKeyQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/solar360/ingestion-keys/:id/revoke",
    middlewares: [validateAndTransformQuery(AdminGetIngestionKeyParams, adminIngestionKeyQueryConfig)],
  },
]
