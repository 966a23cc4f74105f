import { correctClockSkew } from "../../../lib/analytics"
import { MAX_EVENT_BYTES, StoreEventItem } from "./validators"

export type EventRejection = { index: number; code: string; message: string }

export type ClassifiedEvents = {
  valid: Array<StoreEventItem & { occurred_at: Date }>
  rejected: EventRejection[]
  /** Repeats of a message_id earlier in the same batch. */
  duplicates_in_batch: number
}

/**
 * Validates each event on its own (size, schema, clock) so one bad event rejects only
 * itself, with a code and a reason, as Snowplow does.
 */
export function classifyEvents(
  events: unknown[],
  clock: { sent_at?: Date; received_at: Date; futureToleranceHours: number }
): ClassifiedEvents {
  const result: ClassifiedEvents = { valid: [], rejected: [], duplicates_in_batch: 0 }
  const seen = new Set<string>()
  events.forEach((raw, index) => {
    const bytes = Buffer.byteLength(JSON.stringify(raw) ?? "")
    if (bytes > MAX_EVENT_BYTES) {
      result.rejected.push({
        index,
        code: "event_too_large",
        message: `event is ${bytes} bytes; the limit is ${MAX_EVENT_BYTES}`,
      })
      return
    }
    const parsed = StoreEventItem.safeParse(raw)
    if (!parsed.success) {
      result.rejected.push({
        index,
        code: "invalid_event",
        message: parsed.error.issues
          .map((issue) =>
            issue.code === "unrecognized_keys"
              ? `unknown field(s) ${issue.keys.join(", ")}`
              : `${issue.path.join(".") || "event"}: ${issue.message}`
          )
          .join("; "),
      })
      return
    }
    const time = correctClockSkew(
      { timestamp: parsed.data.timestamp, sent_at: clock.sent_at, received_at: clock.received_at },
      clock.futureToleranceHours
    )
    if (!time.ok) {
      result.rejected.push({ index, code: time.code, message: time.message })
      return
    }
    if (seen.has(parsed.data.message_id)) {
      result.duplicates_in_batch++
      return
    }
    seen.add(parsed.data.message_id)
    result.valid.push({ ...parsed.data, occurred_at: time.occurred_at })
  })
  return result
}
