import {
  authenticate,
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { INGESTION_KEY_PREFIX } from "../../lib/ingestion-keys"
import { SOLAR360_MODULE } from "../../modules/solar360"
import { Solar360ErrorCode } from "../../modules/solar360"
import type { Solar360ModuleService } from "../../modules/solar360"

/** Header the assistant may send its ingestion key in (else `Authorization: Bearer s360ik_...`). */
export const INGESTION_KEY_HEADER = "x-solar360-ingestion-key"

/** The actor type of a request authenticated by an ingestion key (`auth_context.actor_type`). */
export const INGESTION_KEY_ACTOR = "solar360_ingestion_key"

/** What Medusa itself accepts on /admin: an admin session or token, or a secret API key. */
export const adminAuth = authenticate("user", ["bearer", "session", "api-key"])

function presentedIngestionKey(req: AuthenticatedMedusaRequest): string | null {
  const header = req.get(INGESTION_KEY_HEADER)
  if (header !== undefined) {
    return header.trim()
  }
  const [scheme, value] = (req.get("authorization") ?? "").split(" ")
  if (scheme?.toLowerCase() === "bearer" && value?.startsWith(INGESTION_KEY_PREFIX)) {
    return value
  }
  return null
}

/**
 * Authentication of the Helio logging routes (their route files opt out of Medusa's admin
 * auth): an ingestion key scoped to Helio logging, else whatever Medusa accepts on /admin.
 * An unknown or revoked key is a 401, never a fall-through to another credential.
 */
export async function authenticateHelioLogging(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const presented = presentedIngestionKey(req)
  if (presented === null) {
    return adminAuth(req, res, next)
  }
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const key = await solar360.findActiveIngestionKey(presented)
  if (!key || key.scope !== "helio_logging") {
    return next(
      new MedusaError(
        MedusaError.Types.UNAUTHORIZED,
        "Unknown or revoked ingestion key",
        Solar360ErrorCode.INVALID_INGESTION_KEY
      )
    )
  }
  req.auth_context = { actor_id: key.id, actor_type: INGESTION_KEY_ACTOR, auth_identity_id: "", app_metadata: {}, user_metadata: {} }
  next()
}
