import { asValue } from "@medusajs/framework/awilix"
import { LoaderOptions } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { parseSolar360Options } from "../options"
import { Solar360ErrorCode } from "../errors"

/**
 * Fails boot with a message naming the bad option instead of misbehaving later, and registers
 * the parsed options in the module's container as `solar360Options`: the internal services
 * (services/) take them by injection instead of parsing them again.
 */
export default async function validateOptionsLoader({
  container,
  options,
}: LoaderOptions<Record<string, unknown>>): Promise<void> {
  const parsed = parseSolar360Options(options)
  if (parsed.rateLimits.enabled && parsed.rateLimits.store === "redis") {
    assertRedisClientInstalled()
  }
  container.register("solar360Options", asValue(parsed))
}

/**
 * `ioredis` is loaded only when the Redis store is chosen, so a store without Redis does not
 * need it; one that chose Redis learns at boot, not on its first rate-limited request.
 */
export function assertRedisClientInstalled(resolve: (id: string) => string = require.resolve): void {
  try {
    resolve("ioredis")
  } catch {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      'medusa-plugin-solar360: invalid plugin options: option "rateLimits.store" is "redis" but the ioredis package is not installed (npm install ioredis)',
      Solar360ErrorCode.INVALID_OPTIONS
    )
  }
}
