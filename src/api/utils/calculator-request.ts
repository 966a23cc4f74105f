import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithList } from "./list-response"
import { CalculatorViewer } from "../../lib/calculators"
import { invalidData } from "../../modules/solar360/errors"

/** Header a storefront sends the resume token in; `?resume_token=` works too (links in e-mails). */
export const RESUME_TOKEN_HEADER = "x-solar360-resume-token"

/** Header the storefront sends a Helio conversation's session token in (or `?session_token=`). */
export const SESSION_TOKEN_HEADER = "x-solar360-session-token"

/**
 * Who is asking: the logged-in customer, if any, and the token they hold, if any: a saved
 * calculation's resume token, or a Helio conversation's session token.
 */
export function calculatorViewer(
  req: AuthenticatedMedusaRequest<unknown, any>,
  token: { header: string; query: string } = { header: RESUME_TOKEN_HEADER, query: "resume_token" }
): CalculatorViewer {
  const queryToken = (req.validatedQuery as Record<string, string | undefined> | undefined)?.[token.query]
  return {
    customer_id: req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null,
    resume_token: req.get(token.header) ?? queryToken ?? null,
  }
}

export function conversationViewer(req: AuthenticatedMedusaRequest<unknown, any>): CalculatorViewer {
  return calculatorViewer(req, { header: SESSION_TOKEN_HEADER, query: "session_token" })
}

/**
 * The optional `Idempotency-Key` header (IETF httpapi draft): a retried create with the same
 * key answers the first record. It also derives the resume token, so it must be random.
 */
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
 * The logged-in customer's own saved calculations, newest first (`GET /store/customers/me/...`).
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
