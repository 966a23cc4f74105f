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
  /** The valid items as one JSON array, serialised while measuring them (no second pass). */
  valid_json: string
  rejected: BatchRejection[]
  /** Repeats of a message_id earlier in the same batch (a retry inside one request). */
  duplicates_in_batch: number
}

export type BatchClock = {
  sent_at?: Date | null
  received_at: Date
  futureToleranceHours: number
  /** Events whose corrected time is further back than this are rejected (`timestamp_too_old`). */
  pastToleranceDays?: number
}

/**
 * Validates each item of an ingestion batch on its own (schema, clock, size) so one bad item
 * rejects only itself, with a code and a reason, as Snowplow does. Items keep their order.
 * The size limit applies to the item as it will be stored (validated, with its corrected
 * time); measuring it serialises it, and that serialisation is the batch's JSON.
 */
export function classifyBatch<T extends { message_id: string; timestamp?: Date | null }>(
  items: unknown[],
  schema: ItemSchema<T>,
  clock: BatchClock,
  limits: {
    maxItemBytes: number
    /** Names the item in rejection codes (`invalid_<noun>`, `<noun>_too_large`): stable API. */
    noun: string
    /**
     * Turns a valid item (with its corrected time) into what is stored, before its size is
     * measured: the route applies the item's consent here (`applyConsent`).
     */
    prepare?: (item: T & { occurred_at: Date }) => T & { occurred_at: Date }
  }
): ClassifiedBatch<T> {
  const { maxItemBytes, noun, prepare } = limits
  const valid: Array<T & { occurred_at: Date }> = []
  const validJson: string[] = []
  const rejected: BatchRejection[] = []
  let duplicates = 0
  const seen = new Set<string>()
  items.forEach((raw, index) => {
    const parsed = schema.safeParse(raw)
    if (!parsed.success) {
      rejected.push({
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
      clock.futureToleranceHours,
      clock.pastToleranceDays
    )
    if (!time.ok) {
      rejected.push({ index, code: time.code, message: time.message })
      return
    }
    if (seen.has(parsed.data.message_id)) {
      duplicates++
      return
    }
    const corrected = Object.assign(parsed.data, { occurred_at: time.occurred_at })
    const item = prepare ? prepare(corrected) : corrected
    const json = JSON.stringify(item)
    const bytes = Buffer.byteLength(json)
    if (bytes > maxItemBytes) {
      rejected.push({
        index,
        code: `${noun}_too_large`,
        message: `${noun} is ${bytes} bytes; the limit is ${maxItemBytes}`,
      })
      return
    }
    seen.add(parsed.data.message_id)
    valid.push(item)
    validJson.push(json)
  })
  return {
    valid,
    valid_json: `[${validJson.join(",")}]`,
    rejected,
    duplicates_in_batch: duplicates,
  }
}
