// Client clocks are wrong. Like Segment, correct an event's time by the offset between the
// client's clock (sent_at) and ours (received_at), and refuse times far in the future or past.

export const DEFAULT_FUTURE_TOLERANCE_HOURS = 23
export const DEFAULT_PAST_TOLERANCE_DAYS = 30

// What a client clock can plausibly read, even a wrong one: devices with a dead clock battery
// boot at 1970, and nothing needs a year past 9999. Outside it the value is malformed (year 0,
// "+275760-..."), and PostgreSQL could not even store it as the raw client time.
export const EARLIEST_CLIENT_TIME = Date.UTC(1970, 0, 1)
export const LATEST_CLIENT_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999)

/** True for a valid Date a client clock could have read (see EARLIEST/LATEST_CLIENT_TIME). */
export function isPlausibleClientTime(value: Date): boolean {
  const time = value.getTime()
  return Number.isFinite(time) && time >= EARLIEST_CLIENT_TIME && time <= LATEST_CLIENT_TIME
}

export type ClockInput = {
  /** When the event happened, by the client's clock. */
  timestamp?: Date | null
  /** When the client sent the batch, by the client's clock. */
  sent_at?: Date | null
  /** When the server received the batch. */
  received_at: Date
}

export type ClockResult =
  | { ok: true; occurred_at: Date }
  | { ok: false; code: "timestamp_in_future" | "timestamp_too_old" | "invalid_timestamp"; message: string }

/**
 * occurred_at = received_at - (sent_at - timestamp) when both client times are known;
 * the client timestamp itself when only it is; received_at otherwise. The result must lie
 * within [received_at - pastToleranceDays, received_at + futureToleranceHours].
 */
export function correctClockSkew(
  input: ClockInput,
  futureToleranceHours = DEFAULT_FUTURE_TOLERANCE_HOURS,
  pastToleranceDays = DEFAULT_PAST_TOLERANCE_DAYS
): ClockResult {
  const { timestamp, sent_at, received_at } = input
  if (timestamp && !isPlausibleClientTime(timestamp)) {
    return {
      ok: false,
      code: "invalid_timestamp",
      message: "timestamp must be a time between 1970 and 9999",
    }
  }
  let occurred = received_at
  if (timestamp && sent_at) {
    occurred = new Date(received_at.getTime() - (sent_at.getTime() - timestamp.getTime()))
  } else if (timestamp) {
    occurred = timestamp
  }
  const time = occurred.getTime()
  if (time > received_at.getTime() + futureToleranceHours * 3_600_000) {
    return {
      ok: false,
      code: "timestamp_in_future",
      message: `timestamp is more than ${futureToleranceHours} h in the future`,
    }
  }
  // `!(>=)` also catches NaN (a skew correction past the range of a Date).
  if (!(time >= received_at.getTime() - pastToleranceDays * 86_400_000)) {
    return {
      ok: false,
      code: "timestamp_too_old",
      message: `timestamp is more than ${pastToleranceDays} days in the past${sent_at ? " (after correcting by sent_at)" : ""}`,
    }
  }
  return { ok: true, occurred_at: occurred }
}
