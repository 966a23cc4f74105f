import { MedusaError } from "@medusajs/framework/utils"
import { BuildingInsightsAnswer, GoogleSolarClient, GoogleSolarClientOptions } from "./clients/google-solar"
import { Solar360ErrorCode } from "./errors"

/**
 * The daily spend cap of paid upstream APIs (Google Solar): each call is counted in
 * `solar360_upstream_spend` (one row per provider and UTC day, shared by every instance)
 * before it is made, and refused once the day's calls would pass the cap.
 */

/** Calls a cap allows: none when one call costs more than the cap; unlimited when calls are free. */
export function maxDailyCalls(capUsd: number | null, costPerCallUsd: number): number {
  if (capUsd === null || costPerCallUsd <= 0) {
    return Number.POSITIVE_INFINITY
  }
  // A little slack so 0.1 + 0.2-style float error never refuses the last call that fits.
  return Math.floor(capUsd / costPerCallUsd + 1e-9)
}

export function upstreamBudgetExhausted(provider: string) {
  return new MedusaError(
    MedusaError.Types.UNEXPECTED_STATE,
    `The daily spend cap of ${provider} is reached; cached analyses still answer. Try again tomorrow (UTC).`,
    Solar360ErrorCode.UPSTREAM_BUDGET_EXHAUSTED
  )
}

/** The Google Solar client, with a reservation against the daily cap before each call. */
export class BudgetedGoogleSolarClient extends GoogleSolarClient {
  constructor(
    options: GoogleSolarClientOptions,
    private readonly reserve: () => Promise<boolean>
  ) {
    super(options)
  }

  override async findClosestBuilding(latitude: number, longitude: number): Promise<BuildingInsightsAnswer> {
    if (this.configured && !(await this.reserve())) {
      throw upstreamBudgetExhausted("Google Solar")
    }
    return super.findClosestBuilding(latitude, longitude)
  }
}
