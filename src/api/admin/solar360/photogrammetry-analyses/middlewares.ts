import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminPhotogrammetryListQueryConfig, adminPhotogrammetryQueryConfig } from "./query-config"
import {
  AdminGetPhotogrammetryAnalysesParams,
  AdminGetPhotogrammetryAnalysisParams,
} from "./validators"

export const adminPhotogrammetryAnalysisMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/solar360/photogrammetry-analyses",
    middlewares: [
      validateAndTransformQuery(AdminGetPhotogrammetryAnalysesParams, adminPhotogrammetryListQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/solar360/photogrammetry-analyses/:id",
    middlewares: [
      validateAndTransformQuery(AdminGetPhotogrammetryAnalysisParams, adminPhotogrammetryQueryConfig),
    ],
  },
]
