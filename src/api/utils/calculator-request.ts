import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithList } from "./list-response"
import { CalculatorViewer } from "../../lib/calculators"
import { invalidData } from "../../modules/solar360"
import { SOLAR360_MODULE } from "../../modules/solar360"
import type { Solar360ModuleService } from "../../modules/solar360"
import { createHash } from "crypto"

/**
 * Header a storefront sends a resume token in (a saved calculation's, or a Helio
 * conversation's session token). Only headers: a token in a URL ends up in access logs,
 * proxies and browser history, so `?resume_token=` / `?session_token=` are refused (400).
 */
export const RESUME_TOKEN_HEADER = "x-resume-token"

/** Earlier names of the header, still accepted. */
export const LEGACY_RESUME_TOKEN_HEADER = "x-solar360-resume-token"
export const SESSION_TOKEN_HEADER = "x-solar360-session-token"

/**
 * Who is asking: the logged-in customer, if any, and the token they hold, if any: a saved
 * calculation's resume token, or a Helio conversation's session token.
 */
export function calculatorViewer(
  req: AuthenticatedMedusaRequest<unknown, any>,
  legacyHeader: string = LEGACY_RESUME_TOKEN_HEADER
): CalculatorViewer {
  return {
    customer_id: req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null,
    resume_token: req.get(RESUME_TOKEN_HEADER) ?? req.get(legacyHeader) ?? null,
  }
}

export function conversationViewer(req: AuthenticatedMedusaRequest<unknown, any>): CalculatorViewer {
  return calculatorViewer(req, SESSION_TOKEN_HEADER)
}

/**
 * The optional `Idempotency-Key` header (IETF httpapi draft) and who sent it: a retried create
 * with the same key, from the same caller, answers the first record and its token. The caller
 * is the logged-in customer or admin actor, else the day's IP hash and a hash of the user
 * agent; the same key from anyone else makes a fresh, unrelated record.
 */
export async function idempotencyOf(
  req: AuthenticatedMedusaRequest<unknown, any>
): Promise<{ key: string; caller: string } | null> {
  const key = idempotencyKeyOf(req)
  if (key === null) {
    return null
  }
  const actor = req.auth_context?.actor_id ? req.auth_context : null
  if (actor) {
    return { key, caller: `${actor.actor_type}:${actor.actor_id}` }
  }
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const userAgent = req.get("user-agent") ?? ""
  const ipHash = await solar360.hashRequestIp(req.ip ?? req.socket?.remoteAddress ?? "unknown", "")
  const agentHash = createHash("sha256").update(userAgent, "utf8").digest("hex").slice(0, 32)
  return { key, caller: `anonymous:${ipHash}:${agentHash}` }
}

/** The optional `Idempotency-Key` header, checked: it must be random (16 to 255 characters). */
export function idempotencyKeyOf(req: AuthenticatedMedusaRequest<unknown, any>): string | null {
  const key = req.get("idempotency-key")
  if (key === undefined) {
    return null
  }
  if (!/^[\x21-\x7e]{16,255}$/.test(key)) {
    throw invalidData(
      "Idempotency-Key must be 16 to 255 visible ASCII characters; send a random UUID per request"
    )
  }
  return key
}

/**
 * The logged-in customer's own saved calculations, newest first (`GET /store/solar360/customers/me/...`).
 */
export async function listOwnCalculations(
  req: AuthenticatedMedusaRequest<unknown, any>,
  res: MedusaResponse,
  entity: "financing_simulation" | "solar_viability_analysis",
  key: "financing_simulations" | "solar_viability_analyses"
) {
  await respondWithList(req, res, {
    entity,
    key,
    filters: { customer_id: req.auth_context.actor_id },
    defaultOrder: { created_at: "DESC" },
  })
}
