import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOLAR360_MODULE } from "../../../modules/solar360"
import type Solar360ModuleService from "../../../modules/solar360/service"
import { ingestEventsWorkflow } from "../../../workflows/analytics"
import { classifyEvents } from "./classify-events"
import { StoreIngestEvents } from "./validators"

/**
 * A batch of analytics events. Each event is accepted, a duplicate (its message_id was
 * stored before: retries are safe) or rejected with a reason. The accepted ones are written
 * in one statement; when every event is rejected the answer is 400 and nothing is written.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreIngestEvents>,
  res: MedusaResponse
) => {
  const received_at = new Date()
  const { sent_at, events } = req.validatedBody
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const { valid, rejected, duplicates_in_batch } = classifyEvents(events, {
    sent_at,
    received_at,
    futureToleranceHours: solar360.options.eventFutureToleranceHours,
  })

  if (!valid.length && rejected.length) {
    res.status(400).json({
      type: "invalid_data",
      code: "solar360_events_rejected",
      message: `All ${rejected.length} events were rejected`,
      accepted: 0,
      duplicates: duplicates_in_batch,
      rejected,
    })
    return
  }

  const { result } = await ingestEventsWorkflow(req.scope).run({
    input: {
      events: valid,
      received_at,
      sent_at: sent_at ?? null,
      customer_id:
        req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null,
      ip: req.ip ?? null,
      user_agent: req.get("user-agent") ?? null,
      headers: req.headers as Record<string, string | string[] | undefined>,
    },
  })

  res.json({
    accepted: result.inserted_ids.length,
    duplicates: duplicates_in_batch + (valid.length - result.inserted_ids.length),
    rejected,
  })
}
