// Edges of the analytics helpers that mutation testing showed the other specs did not reach.
import { correctClockSkew } from "../clock"
import { exceedsJsonDepth } from "../json-depth"
import { trackedEventToItem } from "../tracked-event"
import { parseUserAgent } from "../user-agent"

const received_at = new Date("2026-05-10T12:00:00Z")
const HOUR = 3_600_000
const DAY = 24 * HOUR

describe("exceedsJsonDepth", () => {
  it("counts a level per object or array, never for a value that is neither", () => {
    expect(exceedsJsonDepth("text", 0)).toBe(false)
    expect(exceedsJsonDepth(null, 0)).toBe(false)
    expect(exceedsJsonDepth({}, 0)).toBe(true)
    expect(exceedsJsonDepth({ a: 1, b: "x", c: null }, 1)).toBe(false)
    expect(exceedsJsonDepth({ a: [1] }, 1)).toBe(true)
    expect(exceedsJsonDepth({ a: [1] }, 2)).toBe(false)
  })
})

describe("correctClockSkew at its bounds", () => {
  it("accepts a time exactly at either tolerance and says what it refuses", () => {
    expect(correctClockSkew({ timestamp: new Date(received_at.getTime() + 2 * HOUR), received_at }, 2)).toEqual({
      ok: true,
      occurred_at: new Date(received_at.getTime() + 2 * HOUR),
    })
    expect(correctClockSkew({ timestamp: new Date(received_at.getTime() - 3 * DAY), received_at }, 23, 3)).toEqual({
      ok: true,
      occurred_at: new Date(received_at.getTime() - 3 * DAY),
    })
    expect(correctClockSkew({ timestamp: new Date(received_at.getTime() - 3 * DAY - 1), received_at }, 23, 3)).toEqual({
      ok: false,
      code: "timestamp_too_old",
      message: "timestamp is more than 3 days in the past",
    })
    expect(
      correctClockSkew(
        { timestamp: new Date(received_at.getTime() - 4 * DAY), sent_at: received_at, received_at },
        23,
        3
      )
    ).toEqual({
      ok: false,
      code: "timestamp_too_old",
      message: "timestamp is more than 3 days in the past (after correcting by sent_at)",
    })
    expect(correctClockSkew({ timestamp: new Date(Date.UTC(1969, 11, 31)), received_at })).toEqual({
      ok: false,
      code: "invalid_timestamp",
      message: "timestamp must be a time between 1970 and 9999",
    })
  })
})

describe("trackedEventToItem edges", () => {
  const options = { categories: ["lead", "view"], defaultCategory: "custom" }

  it("trims and cuts text, names an unnamed event, keeps only finite amounts", () => {
    const { item } = trackedEventToItem(
      { event: "  ", properties: { session_id: "  s1  ", order_id: "o".repeat(150), value: Number.NaN } },
      options
    )
    expect(item.event_name).toBe("unnamed")
    expect(item.session_id).toBe("s1")
    expect(item.order_id).toBe("o".repeat(100))
    expect(item.value).toBeNull()
    expect(trackedEventToItem({ event: "x", properties: { value: "5" } }, options).item.value).toBeNull()
  })

  it("keeps a non-customer actor in the properties and a customer actor as customer_id only", () => {
    const other = trackedEventToItem({ event: "x", actor_id: " usr_1 " }, options)
    expect(other.item.properties).toEqual({ actor_id: "usr_1" })
    expect(other.customer_id).toBeNull()
    const customer = trackedEventToItem({ event: "x", actor_id: "cus_1" }, options)
    expect(customer.item.properties).toEqual({})
    expect(customer.customer_id).toBe("cus_1")
    expect(trackedEventToItem({ event: "x" }, options).customer_id).toBeNull()
  })
})

describe("parseUserAgent edges", () => {
  it("reads a blank user agent as unknown, not as a browser", () => {
    const blank = parseUserAgent("   ")
    expect(blank).toEqual(parseUserAgent(null))
    expect(blank.browser).toBeNull()
    expect(parseUserAgent(undefined).is_bot).toBe(false)
  })
})
