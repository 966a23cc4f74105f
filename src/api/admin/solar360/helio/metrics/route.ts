import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { helioMetrics } from "../../../../../lib/helio"
import { SOLAR360_MODULE } from "../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../modules/solar360"
import { AdminGetHelioMetricsParams } from "../validators"
import { DAY_MS } from "../../../../../lib/time"
import type { AdminHelioMetricsResponse } from "../responses"

/**
 * The design's Helio metrics over conversations started in [from, to] (default: the last
 * 30 days). A rate whose denominator is zero is null, never NaN.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetHelioMetricsParams>,
  res: MedusaResponse<AdminHelioMetricsResponse>
) => {
  const params = req.validatedQuery as AdminGetHelioMetricsParams
  const to = params.to ?? new Date()
  const from = params.from ?? new Date(to.getTime() - 30 * DAY_MS)
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const aggregates = await solar360.getHelioMetricAggregates({ from, to })
  const round = (value: number | null, decimals = 0) =>
    value === null ? null : Math.round(value * 10 ** decimals) / 10 ** decimals
  res.json({
    from: from.toISOString(),
    to: to.toISOString(),
    conversations: aggregates.conversations,
    metrics: helioMetrics(aggregates.conversations),
    response_time_ms: {
      p50: round(aggregates.response_time_ms.p50),
      p95: round(aggregates.response_time_ms.p95),
      answers_timed: aggregates.response_time_ms.timed,
    },
    top_topics: aggregates.top_topics,
    models: aggregates.models.map((model) => ({ ...model, cost_usd: round(model.cost_usd, 8) })),
  })
}
