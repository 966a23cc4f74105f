import { eventTimelineType, mergeTimeline, summarize, toTimelineItem } from "../timeline"

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 12, minute))

describe("mergeTimeline", () => {
  it("merges sources newest first and keeps the newest `limit`", () => {
    const items = mergeTimeline(
      [
        { type: "note", rows: [{ id: "lnote_1", occurred_at: at(5), body: "b" }, { id: "lnote_0", occurred_at: at(1), body: "a" }] },
        { type: "touch", rows: [{ id: "ltouch_1", occurred_at: at(3), interest_type: "quote" }] },
        { type: "page_view", rows: [{ id: "evt_1", occurred_at: at(4).toISOString(), path: "/kits" }] },
      ],
      3
    )
    expect(items.map((item) => item.id)).toEqual(["lnote_1", "evt_1", "ltouch_1"])
  })

  it("orders equal times by id, descending, so a page is stable", () => {
    const items = mergeTimeline(
      [
        { type: "note", rows: [{ id: "a", occurred_at: at(1) }] },
        { type: "event", rows: [{ id: "b", occurred_at: at(1) }] },
      ],
      10
    )
    expect(items.map((item) => item.id)).toEqual(["b", "a"])
  })
})

describe("toTimelineItem", () => {
  it("moves id and time out of data and dates the item in ISO", () => {
    expect(toTimelineItem("note", { id: "lnote_1", occurred_at: at(2), body: "Ligou", author_id: "user_1" })).toEqual({
      id: "lnote_1",
      type: "note",
      occurred_at: "2026-03-01T12:02:00.000Z",
      summary: "Ligou",
      data: { body: "Ligou", author_id: "user_1" },
    })
  })
})

describe("summarize", () => {
  it.each([
    ["touch", { interest_type: "quote", attribution: { utm_source: "google", utm_medium: "cpc", utm_campaign: "verao" } }, "Form capture (quote) · from google/cpc · campaign verao"],
    ["status_change", { from_status: null, to_status: "new", note: "captured" }, "Created as new · captured"],
    ["status_change", { from_status: "new", to_status: "contacted" }, "Status new → contacted"],
    ["consent_change", { purpose: "marketing", granted: false, channel: "email" }, "Marketing consent withdrawn · via email"],
    ["page_view", { path: "/kits" }, "Viewed /kits"],
    ["event", { event_name: "cta_click", label: "Simular" }, "cta_click · Simular"],
    ["catalog_access", { action_type: "search", search_term: "inversor" }, 'Search · "inversor"'],
    ["financing_simulation", { financing_amount: "20000", term_months: 60, monthly_payment: "480.5", status: "pending" }, "Financing simulation · R$ 20000.00 · 60 months · R$ 480.50/month · pending"],
    ["solar_viability_analysis", { system_size_kwp: "5.50", recommendation: "highly_recommended" }, "Viability analysis · 5.5 kWp · Highly recommended"],
    ["photogrammetry_analysis", { status: "completed", usable_area_m2: "42" }, "Roof analysis · completed · 42 m² usable"],
    ["helio_conversation", { title: null, primary_topic: "pricing", status: "active", message_count: 2 }, "Helio conversation · pricing · active · 2 messages"],
  ] as const)("%s", (type, row, expected) => {
    expect(summarize(type, row as Record<string, unknown>)).toBe(expected)
  })

  it("clips long free text", () => {
    expect(summarize("note", { body: "x".repeat(500) })).toHaveLength(160)
  })
})

describe("eventTimelineType", () => {
  it("calls an event of the page_view category a page view, anything else an event", () => {
    expect(eventTimelineType({ category: "page_view", event_name: "page_view" })).toBe("page_view")
    expect(eventTimelineType({ category: "engagement", event_name: "cta_click" })).toBe("event")
  })
})
