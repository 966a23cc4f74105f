// Client clocks are wrong. Like Segment, correct an event's time by the offset between the
// client's clock (sent_at) and ours (received_at), and refuse times far in the future.

export const DEFAULT_FUTURE_TOLERANCE_HOURS = 23

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
  | { ok: false; code: "timestamp_in_future"; message: string }

/**
 * occurred_at = received_at - (sent_at - timestamp) when both client times are known;
 * the client timestamp itself when only it is; received_at otherwise.
 */
export function correctClockSkew(
  input: ClockInput,
  futureToleranceHours = DEFAULT_FUTURE_TOLERANCE_HOURS
): ClockResult {
  const { timestamp, sent_at, received_at } = input
  let occurred = received_at
  if (timestamp && sent_at) {
    occurred = new Date(received_at.getTime() - (sent_at.getTime() - timestamp.getTime()))
  } else if (timestamp) {
    occurred = timestamp
  }
  const limit = received_at.getTime() + futureToleranceHours * 3_600_000
  if (occurred.getTime() > limit) {
    return {
      ok: false,
      code: "timestamp_in_future",
      message: `timestamp is more than ${futureToleranceHours} h in the future`,
    }
  }
  return { ok: true, occurred_at: occurred }
}
