import { correctClockSkew } from "./clock"

/** Why one item of a batch was refused; `index` is its position in the request. */
export type BatchRejection = { index: number; code: string; message: string }

/** The part of a zod schema this module needs (kept structural so lib stays framework-free). */
export type ItemSchema<T> = {
  safeParse(raw: unknown):
    | { success: true; data: T }
    | {
        success: false
        error: { issues: Array<{ code: string; path: PropertyKey[]; message: string; keys?: string[] }> }
      }
}

export type ClassifiedBatch<T> = {
  valid: Array<T & { occurred_at: Date }>
  rejected: BatchRejection[]
  /** Repeats of a message_id earlier in the same batch (a retry inside one request). */
  duplicates_in_batch: number
}

export type BatchClock = {
  sent_at?: Date | null
  received_at: Date
  futureToleranceHours: number
}

/**
 * Validates each item of an ingestion batch on its own (size, schema, clock) so one bad item
 * rejects only itself, with a code and a reason, as Snowplow does. Items keep their order.
 */
export function classifyBatch<T extends { message_id: string; timestamp?: Date | null }>(
  items: unknown[],
  schema: ItemSchema<T>,
  clock: BatchClock,
  limits: {
    maxItemBytes: number
    /** Names the item in rejection codes (`invalid_<noun>`, `<noun>_too_large`): stable API. */
    noun: string
  }
): ClassifiedBatch<T> {
  const { maxItemBytes, noun } = limits
  const result: ClassifiedBatch<T> = { valid: [], rejected: [], duplicates_in_batch: 0 }
  const seen = new Set<string>()
  items.forEach((raw, index) => {
    const bytes = Buffer.byteLength(JSON.stringify(raw) ?? "")
    if (bytes > maxItemBytes) {
      result.rejected.push({
        index,
        code: `${noun}_too_large`,
        message: `${noun} is ${bytes} bytes; the limit is ${maxItemBytes}`,
      })
      return
    }
    const parsed = schema.safeParse(raw)
    if (!parsed.success) {
      result.rejected.push({
        index,
        code: `invalid_${noun}`,
        message: parsed.error.issues
          .map((issue) =>
            issue.code === "unrecognized_keys"
              ? `unknown field(s) ${(issue.keys ?? []).join(", ")}`
              : `${issue.path.map(String).join(".") || noun}: ${issue.message}`
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
