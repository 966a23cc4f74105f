import { attributionTouches, mergeTimeline, ratio, secondsToConversion } from "../timeline"

describe("mergeTimeline", () => {
  it("merges every source newest first and keeps the limit", () => {
    const timeline = mergeTimeline(
      [
        [{ kind: "lead", id: "lead_1", at: "2026-03-01T10:00:00.000Z", label: "new" }],
        [
          { kind: "event", id: "evt_1", at: new Date("2026-03-02T10:00:00.000Z"), label: "page_view" },
          { kind: "event", id: "evt_2", at: "2026-02-28T10:00:00.000Z", label: "page_view" },
        ],
      ],
      2
    )
    expect(timeline.map((entry) => entry.id)).toEqual(["evt_1", "lead_1"])
    expect(timeline[0]).toEqual({ kind: "event", id: "evt_1", at: "2026-03-02T10:00:00.000Z", label: "page_view" })
  })

  it("leaves out entries without a usable date and orders ties by kind then id", () => {
    const at = "2026-03-01T10:00:00.000Z"
    const timeline = mergeTimeline(
      [
        [
          { kind: "lead", id: "b", at },
          { kind: "lead", id: "a", at },
          { kind: "lead", id: "c", at: null },
          { kind: "lead", id: "d", at: "not a date" },
        ],
        [{ kind: "event", id: "z", at }],
      ],
      10
    )
    expect(timeline.map((entry) => `${entry.kind}:${entry.id}`)).toEqual(["event:z", "lead:a", "lead:b"])
  })
})

describe("attributionTouches", () => {
  it("takes the earliest lead's first touch and the latest lead's last touch", () => {
    const touches = attributionTouches([
      {
        id: "late",
        first_touch_at: "2026-03-10T00:00:00.000Z",
        last_touch_at: "2026-03-12T00:00:00.000Z",
        last_touch: { utm_campaign: "retargeting", utm_source: "meta" },
      },
      {
        id: "early",
        first_touch_at: "2026-03-01T00:00:00.000Z",
        last_touch_at: "2026-03-02T00:00:00.000Z",
        first_touch: { utm_campaign: "verao", utm_source: "google" },
      },
    ])
    expect(touches.first_touch).toMatchObject({ utm_campaign: "verao", utm_source: "google", at: "2026-03-01T00:00:00.000Z" })
    expect(touches.last_touch).toMatchObject({ utm_campaign: "retargeting", utm_source: "meta", at: "2026-03-12T00:00:00.000Z" })
  })

  it("falls back on the lead's own utm columns, and is null without leads", () => {
    const touches = attributionTouches([{ id: "l", created_at: "2026-03-01T00:00:00.000Z", utm_campaign: "direto" }])
    expect(touches.first_touch).toMatchObject({ utm_campaign: "direto", at: "2026-03-01T00:00:00.000Z" })
    expect(attributionTouches([])).toEqual({ first_touch: null, last_touch: null })
  })
})

describe("secondsToConversion and ratio", () => {
  it("counts whole seconds, null when unknown or negative", () => {
    expect(secondsToConversion("2026-03-01T00:00:00.000Z", "2026-03-02T00:00:01.500Z")).toBe(86_401)
    expect(secondsToConversion(null, "2026-03-02T00:00:00.000Z")).toBeNull()
    expect(secondsToConversion("2026-03-02T00:00:00.000Z", "2026-03-01T00:00:00.000Z")).toBeNull()
  })

  it("divides safely", () => {
    expect(ratio(1, 3)).toBe(0.3333)
    expect(ratio(5, 0)).toBe(0)
  })
})
