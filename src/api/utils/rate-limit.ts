import {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SOLAR360_MODULE } from "../../modules/solar360"
import type { RateLimitedRoute } from "../../modules/solar360"
import { Solar360ErrorCode } from "../../modules/solar360"
import type { Solar360ModuleService } from "../../modules/solar360"

/**
 * The client a limit counts: the logged-in customer, else the day's keyed hash of the IP
 * address (the module's IP pseudonym, without the user agent so changing it does not reset
 * the count). A raw IP is never a key: counters may live in a shared database or Redis.
 * `req.ip` follows Medusa's `trust proxy` setting (the first proxy's X-Forwarded-For).
 */
async function clientKeyOf(req: AuthenticatedMedusaRequest, solar360: Solar360ModuleService): Promise<string> {
  if (req.auth_context?.actor_type === "customer" && req.auth_context.actor_id) {
    return `customer:${req.auth_context.actor_id}`
  }
  const ip = req.ip ?? req.socket?.remoteAddress ?? "unknown"
  return `ip:${await solar360.hashRequestIp(ip, "")}`
}

/**
 * Route middleware: counts the call against the route's per-client limit (plugin option
 * `rateLimits.routes.<route>`) and answers 429 with `Retry-After` once the client is over it,
 * before anything is validated, computed or written. Put it after `authenticate` so a
 * customer is counted by id.
 */
export function rateLimit(route: RateLimitedRoute) {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
    let decision
    try {
      decision = await solar360.consumeRateLimit(route, await clientKeyOf(req, solar360))
    } catch (error) {
      // The counters' store is down: serve the call rather than fail the store with it.
      const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
      logger.warn(`solar360: rate limit of ${route} not checked (${(error as Error)?.message ?? error})`)
      return next()
    }
    if (decision.allowed) {
      return next()
    }
    res.setHeader("Retry-After", String(decision.retryAfterSeconds))
    res.status(429).json({
      type: "not_allowed",
      code: Solar360ErrorCode.RATE_LIMITED,
      message: `Too many requests: at most ${decision.limit} per client in this period; retry after ${decision.retryAfterSeconds} s`,
    })
  }
}
