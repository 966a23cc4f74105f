import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { Solar360ErrorCode } from "../../modules/solar360"

/**
 * Medusa's error handler has no error type for 502/503/504 (UNEXPECTED_STATE becomes a 500),
 * so routes that may call an external API answer those codes themselves, with the handler's
 * body shape. Every other error is left to the handler.
 *
 * The message is a fixed sentence per code: the error's own message carries what the upstream
 * answered (Google's error text names the API key's project, a URL may carry the key), so it
 * goes to the server log only. Store routes are open to anyone holding the publishable key.
 */
const UPSTREAM_ANSWERS: Record<string, { status: number; message: string }> = {
  [Solar360ErrorCode.UPSTREAM_TIMEOUT]: {
    status: 504,
    message: "An external service did not answer in time. Please try again later.",
  },
  [Solar360ErrorCode.UPSTREAM_ERROR]: {
    status: 502,
    message: "An external service failed. Please try again later.",
  },
  [Solar360ErrorCode.UPSTREAM_BUSY]: {
    status: 503,
    message: "Too many requests to an external service are in progress. Please retry shortly.",
  },
  [Solar360ErrorCode.UPSTREAM_BUDGET_EXHAUSTED]: {
    status: 503,
    message: "This service is unavailable for today. Cached answers still work; please try again tomorrow.",
  },
}

/** Seconds a client is asked to wait after a 503 `solar360_upstream_busy`. */
export const UPSTREAM_BUSY_RETRY_AFTER_SECONDS = 5

type Logger = { warn: (message: string) => void }

/**
 * Answers an upstream failure (504 timeout, 502 error, 503 busy or daily budget used) with its code and a generic
 * message, logging the detail; false when `error` is something else.
 */
export function sendUpstreamError(res: MedusaResponse, error: unknown, logger?: Logger | null): boolean {
  if (!MedusaError.isMedusaError(error)) {
    return false
  }
  const { type, code, message } = error as MedusaError
  const answer = UPSTREAM_ANSWERS[code ?? ""]
  if (!answer) {
    return false
  }
  logger?.warn(`solar360 ${code}: ${message}`)
  if (code === Solar360ErrorCode.UPSTREAM_BUSY) {
    res.setHeader("Retry-After", String(UPSTREAM_BUSY_RETRY_AFTER_SECONDS))
  } else if (code === Solar360ErrorCode.UPSTREAM_BUDGET_EXHAUSTED) {
    // The daily cap resets at the next UTC midnight.
    res.setHeader("Retry-After", String(secondsUntilNextUtcDay(new Date())))
  }
  res.status(answer.status).json({ type, code, message: answer.message })
  return true
}

/**
 * A route handler whose upstream failures (an external API failed with nothing cached) answer
 * 504/502/503 with their code; any other error goes on to Medusa's handler.
 */
export function withUpstreamErrors<Req extends MedusaRequest<any, any>>(
  handler: (req: Req, res: MedusaResponse) => Promise<void>
) {
  return async (req: Req, res: MedusaResponse) => {
    try {
      await handler(req, res)
    } catch (error) {
      if (!sendUpstreamError(res, error, resolveLogger(req))) {
        throw error
      }
    }
  }
}

function secondsUntilNextUtcDay(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1)
  return Math.max(1, Math.ceil((next - now.getTime()) / 1000))
}

function resolveLogger(req: MedusaRequest): Logger | null {
  try {
    return req.scope.resolve(ContainerRegistrationKeys.LOGGER) as Logger
  } catch {
    return null
  }
}
