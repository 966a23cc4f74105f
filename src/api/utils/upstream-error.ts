import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's error handler has no error type for 502/504 (UNEXPECTED_STATE becomes a 500), so
 * routes that may call an external API answer those two codes themselves, with the handler's
 * body shape. Every other error is left to the handler.
 */
const UPSTREAM_STATUS: Record<string, number> = {
  solar360_upstream_timeout: 504,
  solar360_upstream_error: 502,
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
