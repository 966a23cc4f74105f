import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's error handler has no error type for 502/504 (UNEXPECTED_STATE becomes a 500), so
 * routes that may call an external API answer those two codes themselves, with the handler's
 * body shape. Every other error is left to the handler.
 */
const UPSTREAM_STATUS: Record<string, number> = {
  solar360_upstream_timeout: 504,
  solar360_upstream_error: 502,
  solar360_upstream_budget_exhausted: 503,
}

/** Answers an upstream failure (504 timeout, 502 error); false when `error` is something else. */
export function sendUpstreamError(res: MedusaResponse, error: unknown): boolean {
  if (!MedusaError.isMedusaError(error)) {
    return false
  }
  const status = UPSTREAM_STATUS[(error as MedusaError).code ?? ""]
  if (!status) {
    return false
  }
  const { type, code, message } = error as MedusaError
  res.status(status).json({ type, code, message })
  return true
}

/**
 * A route handler whose upstream failures (an external API failed with nothing cached) answer
 * 504/502 with their code; any other error goes on to Medusa's handler.
 */
export function withUpstreamErrors<Req extends MedusaRequest<any, any>>(
  handler: (req: Req, res: MedusaResponse) => Promise<void>
) {
  return async (req: Req, res: MedusaResponse) => {
    try {
      await handler(req, res)
    } catch (error) {
      if (!sendUpstreamError(res, error)) {
        throw error
      }
    }
  }
}
