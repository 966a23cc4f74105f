import { z } from "@medusajs/framework/zod"
import { classifyBatch } from "../classify-batch"

const Item = z
  .object({
    message_id: z.string().uuid(),
    name: z.string().min(1),
    timestamp: z.coerce.date().nullish(),
  })
  .strict()

const ids = [
  "5a0c3a43-1f7e-4a5b-9a57-3f0a6f8d2b01",
  "5a0c3a43-1f7e-4a5b-9a57-3f0a6f8d2b02",
  "5a0c3a43-1f7e-4a5b-9a57-3f0a6f8d2b03",
]
const received_at = new Date("2026-06-01T12:00:00.000Z")
const limits = { maxItemBytes: 200, noun: "widget" }

describe("classifyBatch", () => {
  it("keeps valid items in order with their skew-corrected time", () => {
    const result = classifyBatch(
      [
        { message_id: ids[0], name: "a", timestamp: "2026-06-01T11:00:00.000Z" },
        { message_id: ids[1], name: "b" },
      ],
      Item,
      // The client's clock is 10 minutes fast.
      { sent_at: new Date("2026-06-01T12:10:00.000Z"), received_at, futureToleranceHours: 23 },
      limits
    )
    expect(result.rejected).toEqual([])
    expect(result.duplicates_in_batch).toBe(0)
    expect(result.valid.map((item) => item.name)).toEqual(["a", "b"])
    expect(result.valid[0].occurred_at.toISOString()).toBe("2026-06-01T10:50:00.000Z")
    expect(result.valid[1].occurred_at).toEqual(received_at)
    // The batch JSON is the valid items as stored, corrected time included.
    expect(JSON.parse(result.valid_json)).toEqual([
      { message_id: ids[0], name: "a", timestamp: "2026-06-01T11:00:00.000Z", occurred_at: "2026-06-01T10:50:00.000Z" },
      { message_id: ids[1], name: "b", occurred_at: "2026-06-01T12:00:00.000Z" },
    ])
  })

  it("rejects each bad item alone, with its index, a code named after the noun and a reason", () => {
    const result = classifyBatch(
      [
        { message_id: ids[0], name: "ok" },
        { message_id: "not-a-uuid", name: "x" },
        { message_id: ids[1], name: "x", colour: "red" },
        { message_id: ids[2], name: "x".repeat(300) },
        { message_id: ids[2], name: "late", timestamp: "2026-06-03T12:00:00.000Z" },
      ],
      Item,
      { received_at, futureToleranceHours: 23 },
      limits
    )
    expect(result.valid.map((item) => item.name)).toEqual(["ok"])
    expect(result.rejected).toEqual([
      { index: 1, code: "invalid_widget", message: expect.stringContaining("message_id") },
      { index: 2, code: "invalid_widget", message: "unknown field(s) colour" },
      { index: 3, code: "widget_too_large", message: expect.stringContaining("limit is 200") },
      { index: 4, code: "timestamp_in_future", message: expect.any(String) },
    ])
  })

  it("counts a message_id repeated inside the batch as a duplicate, keeping the first", () => {
    const result = classifyBatch(
      [
        { message_id: ids[0], name: "first" },
        { message_id: ids[0], name: "retry" },
      ],
      Item,
      { received_at, futureToleranceHours: 23 },
      limits
    )
    expect(result.valid.map((item) => item.name)).toEqual(["first"])
    expect(JSON.parse(result.valid_json)).toHaveLength(1)
    expect(result.duplicates_in_batch).toBe(1)
  })

  // Every other test passes 23, the default: these would pass even if the option were dropped.
  it("applies a non-default future tolerance (2 h and 48 h), not the 23 h default", () => {
    const items = [
      { message_id: ids[0], name: "in 3 h", timestamp: "2026-06-01T15:00:00.000Z" },
      { message_id: ids[1], name: "in 30 h", timestamp: "2026-06-02T18:00:00.000Z" },
      { message_id: ids[2], name: "in 1 h", timestamp: "2026-06-01T13:00:00.000Z" },
    ]
    const strict = classifyBatch(items, Item, { received_at, futureToleranceHours: 2 }, limits)
    expect(strict.valid.map((item) => item.name)).toEqual(["in 1 h"])
    expect(strict.rejected).toEqual([
      { index: 0, code: "timestamp_in_future", message: "timestamp is more than 2 h in the future" },
      { index: 1, code: "timestamp_in_future", message: "timestamp is more than 2 h in the future" },
    ])

    const lenient = classifyBatch(items, Item, { received_at, futureToleranceHours: 48 }, limits)
    expect(lenient.rejected).toEqual([])
    expect(lenient.valid.map((item) => item.name)).toEqual(["in 3 h", "in 30 h", "in 1 h"])
  })

  it("applies a non-default past tolerance", () => {
    const items = [{ message_id: ids[0], name: "3 days ago", timestamp: "2026-05-29T12:00:00.000Z" }]
    const strict = classifyBatch(
      items,
      Item,
      { received_at, futureToleranceHours: 23, pastToleranceDays: 2 },
      limits
    )
    expect(strict.rejected).toEqual([
      { index: 0, code: "timestamp_too_old", message: "timestamp is more than 2 days in the past" },
    ])
    expect(classifyBatch(items, Item, { received_at, futureToleranceHours: 23 }, limits).valid).toHaveLength(1)
  })
})
