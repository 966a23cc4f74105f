import { attributionRow, figuresOf } from "../attribution"

describe("attribution rows", () => {
  it("reads SQL text figures as numbers, missing ones as 0", () => {
    expect(figuresOf({ sessions: "3", orders: 2, revenue: "1500.255", lead_conversion_value: null })).toEqual({
      sessions: 3,
      converted_sessions: 0,
      orders: 2,
      revenue: 1500.255,
      leads_captured: 0,
      leads_converted: 0,
      lead_conversion_value: 0,
    })
  })

  it("derives the conversion rate and the revenue per session, money to the cent", () => {
    const row = attributionRow("paid_search", {
      sessions: 3,
      converted_sessions: 1,
      orders: 2,
      revenue: 100.005,
      leads_captured: 1,
      leads_converted: 1,
      lead_conversion_value: 10.004,
    })
    expect(row).toEqual({
      key: "paid_search",
      sessions: 3,
      converted_sessions: 1,
      orders: 2,
      revenue: 100.01,
      leads_captured: 1,
      leads_converted: 1,
      lead_conversion_value: 10,
      conversion_rate: 0.3333,
      revenue_per_session: 33.34,
    })
  })

  it("answers 0 rates for a group without visits (orders or leads only)", () => {
    const row = attributionRow(null, { ...figuresOf({}), orders: 1, revenue: 50 })
    expect(row.conversion_rate).toBe(0)
    expect(row.revenue_per_session).toBe(0)
    expect(row.key).toBeNull()
  })
})
