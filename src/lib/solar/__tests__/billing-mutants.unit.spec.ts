// Billing rules the other billing specs leave loose: the refusal messages, self-consumption
// capped at the consumption, a GD I draw below the minimum, the credit bank's edges and the
// calendar helpers (mutation testing, docs/testing.md). Reference: domain reference section 3
// (Lei 14.300 art. 16 and 26, REN ANEEL 1.000 art. 291 and 655-I).
import { BillingMonthInput, billMonth, billingRegimeFor, addMonths, CreditLot, formatMonth } from "../billing"
import { MONTH } from "./billing-fixtures"
import { thrown } from "./thrown-code"


describe("billMonth: what it refuses", () => {
  it.each([
    [{ consumption_kwh: -1 }, "Consumption must be a finite number >= 0, got -1"],
    [{ generation_kwh: Number.NaN }, "Generation must be a finite number >= 0, got NaN"],
    [{ minimum_kwh: Number.POSITIVE_INFINITY }, "Minimum bill must be a finite number >= 0, got Infinity"],
  ])("refuses %p saying why, and leaves the bank alone", (patch, message) => {
    const bank: CreditLot[] = [{ month: 1, kwh: 10 }]
    expect(thrown(() => billMonth({ ...MONTH, month: 2, ...patch }, bank))).toEqual({
      code: "solar_invalid_assumption",
      message,
    })
    expect(bank).toEqual([{ month: 1, kwh: 10 }])
  })

  it("accepts zero consumption, generation and minimum", () => {
    const m = billMonth({ ...MONTH, consumption_kwh: 0, generation_kwh: 0, minimum_kwh: 0 }, [])
    expect(m.bill_with_solar_brl).toBe(0)
    expect(m.bill_without_solar_brl).toBe(0)
  })
})

describe("billMonth: energy flow", () => {
  it("self-consumes at most the consumption; the rest of the generation is injected", () => {
    // Simultaneity 0.8 of 500 kWh would be 400 kWh used on the spot, but only 100 are consumed:
    // self 100, grid draw 0, injected 400, all banked.
    const bank: CreditLot[] = []
    const m = billMonth({ ...MONTH, consumption_kwh: 100, simultaneity_factor: 0.8 }, bank)
    expect(m.self_consumed_kwh).toBe(100)
    expect(m.grid_draw_kwh).toBe(0)
    expect(m.injected_kwh).toBe(400)
    expect(m.compensated_kwh).toBe(0)
    expect(m.credits_banked_kwh).toBe(400)
    expect(bank).toEqual([{ month: 1, kwh: 400 }])
    // GD II: nothing uncompensated and no Fio B, so the 30 kWh floor is the bill.
    expect(m.bill_with_solar_brl).toBe(30)
    expect(m.minimum_binds).toBe(true)
  })

  it("GD I: a grid draw below the minimum is not compensated and the minimum is billed", () => {
    // Generation 100 x 0.8 = 80 used on the spot of 100 consumed: 20 drawn, below the 30 kWh
    // minimum, so nothing may be compensated; the 20 injected are banked; billed 30 kWh.
    const bank: CreditLot[] = [{ month: 1, kwh: 50 }]
    const m = billMonth(
      { ...MONTH, month: 2, regime: "gd1", fio_b_share: 0, consumption_kwh: 100, generation_kwh: 100, simultaneity_factor: 0.8 },
      bank
    )
    expect(m.grid_draw_kwh).toBeCloseTo(20, 9)
    expect(m.compensated_kwh).toBe(0)
    expect(m.credits_used_kwh).toBe(0)
    expect(m.uncompensated_kwh).toBeCloseTo(20, 9)
    expect(m.billed_kwh).toBe(30)
    expect(m.bill_with_solar_brl).toBe(30)
    expect(m.minimum_binds).toBe(true)
    expect(m.credits_banked_kwh).toBeCloseTo(20, 9)
    expect(bank).toEqual([
      { month: 1, kwh: 50 },
      { month: 2, kwh: expect.closeTo(20, 9) },
    ])
    expect(m.credit_bank_kwh).toBeCloseTo(70, 9)
  })

  it("GD I: above the minimum the billed energy is the uncompensated draw", () => {
    // No generation, no bank: 400 drawn, none compensated, billed 400 kWh = R$ 400.00.
    const m = billMonth({ ...MONTH, regime: "gd1", fio_b_share: 0, generation_kwh: 0 }, [])
    expect(m.billed_kwh).toBe(400)
    expect(m.bill_with_solar_brl).toBe(400)
    expect(m.minimum_binds).toBe(false)
    expect(m.bill_savings_brl).toBe(0)
    expect(m.gross_savings_brl).toBe(0)
  })

  it("without solar the minimum is charged whatever the consumption", () => {
    const m = billMonth({ ...MONTH, consumption_kwh: 10, generation_kwh: 0, tariff_kwh_brl: 0.95 }, [])
    expect(m.bill_without_solar_brl).toBe(28.5)
    expect(m.bill_with_solar_brl).toBe(28.5)
    expect(m.bill_savings_brl).toBe(0)
  })

  it("itemises the Fio B component to the cent", () => {
    // 250 compensated x 0.15 x 0.283 = 10.6125 -> 10.61, inside the R$ 30.00 floor.
    const m = billMonth({ ...MONTH, fio_b_tariff_kwh_brl: 0.283 }, [])
    expect(m.fio_b_component_brl).toBe(10.61)
    expect(m.fio_b_charge_brl).toBe(0)
    expect(m.bill_with_solar_brl).toBe(30)
  })

  it("GD II above the floor: uncompensated energy at the full tariff plus Fio B on the compensated", () => {
    // Generation 100: self 30, injected 70, grid draw 370; 70 compensated, 300 bought:
    // 300 x 1.00 + 70 x 0.15 x 0.28 = 302.94; without the Fio B 300.00.
    const m = billMonth({ ...MONTH, generation_kwh: 100 }, [])
    expect(m.bill_with_solar_brl).toBe(302.94)
    expect(m.fio_b_charge_brl).toBe(2.94)
    expect(m.gross_savings_brl).toBe(100)
    expect(m.bill_savings_brl).toBe(97.06)
    expect(m.billed_kwh).toBeCloseTo(300, 9)
    expect(m.minimum_binds).toBe(false)
  })
})

describe("billMonth: the credit bank", () => {
  it("takes credits across lots, oldest first, and drops the emptied lot", () => {
    const bank: CreditLot[] = [
      { month: 1, kwh: 30 },
      { month: 2, kwh: 80 },
      { month: 3, kwh: 5 },
    ]
    const m = billMonth({ ...MONTH, month: 4, generation_kwh: 0, consumption_kwh: 50 }, bank)
    expect(m.credits_used_kwh).toBe(50)
    expect(m.compensated_kwh).toBe(50)
    expect(bank).toEqual([
      { month: 2, kwh: 60 },
      { month: 3, kwh: 5 },
    ])
    expect(m.credit_bank_kwh).toBe(65)
  })

  it("drops a lot that is already empty", () => {
    const bank: CreditLot[] = [{ month: 1, kwh: 0 }]
    billMonth({ ...MONTH, month: 2, consumption_kwh: 0, generation_kwh: 0 }, bank)
    expect(bank).toEqual([])
  })

  it("expires every lot whose last month this is, the oldest included", () => {
    // Expiry of 2 months: lots from months 1 and 2 are usable through months 3 and 4.
    const bank: CreditLot[] = [
      { month: 1, kwh: 10 },
      { month: 2, kwh: 20 },
    ]
    const m3 = billMonth({ ...MONTH, month: 3, consumption_kwh: 0, generation_kwh: 0, credit_expiry_months: 2 }, bank)
    expect(m3.credits_expired_kwh).toBe(10)
    expect(bank).toEqual([{ month: 2, kwh: 20 }])
    const m4 = billMonth({ ...MONTH, month: 4, consumption_kwh: 0, generation_kwh: 0, credit_expiry_months: 2 }, bank)
    expect(m4.credits_expired_kwh).toBe(20)
    expect(m4.credit_bank_kwh).toBe(0)
    expect(bank).toEqual([])
  })
})

describe("calendar months", () => {
  it("adds months across year ends, forwards and back", () => {
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 })
    expect(addMonths({ year: 2027, month: 1 }, -1)).toEqual({ year: 2026, month: 12 })
    expect(addMonths({ year: 2027, month: 3 }, 0)).toEqual({ year: 2027, month: 3 })
    expect(addMonths({ year: 2026, month: 1 }, 25)).toEqual({ year: 2028, month: 2 })
    expect(addMonths({ year: 2026, month: 5 }, 299)).toEqual({ year: 2051, month: 4 })
  })

  it("formats YYYY-MM with a two-digit month", () => {
    expect(formatMonth({ year: 2027, month: 3 })).toBe("2027-03")
    expect(formatMonth({ year: 2027, month: 11 })).toBe("2027-11")
  })
})

describe("billingRegimeFor: GD I while grandfathered, GD II otherwise", () => {
  it("bills a grandfathered unit by GD I with no Fio B through 2045, then by GD II at the full share", () => {
    expect(billingRegimeFor(2045, true)).toEqual({ regime: "gd1", share: { share: 0, basis: "grandfathered" } })
    expect(billingRegimeFor(2046, true)).toEqual({ regime: "gd2", share: { share: 1, basis: "after_schedule" } })
  })

  it("bills a new unit by GD II at its calendar year's share", () => {
    expect(billingRegimeFor(2026, false)).toEqual({ regime: "gd2", share: { share: 0.6, basis: "schedule" } })
  })
})

describe("billMonth: the edges of the tolerances", () => {
  it("drops a lot of 1e-9 kWh or less as float dust, and keeps a larger one", () => {
    const bank: CreditLot[] = [
      { month: 1, kwh: 1e-9 },
      { month: 1, kwh: 2e-9 },
    ]
    billMonth({ ...MONTH, month: 2, consumption_kwh: 0, generation_kwh: 0 }, bank)
    expect(bank).toEqual([{ month: 1, kwh: 2e-9 }])
  })

  it("GD I: a draw within 1e-9 kWh of the minimum counts as the minimum binding", () => {
    // No generation: the draw is the consumption, 30 kWh plus float noise of 1e-9.
    const m = billMonth({ ...MONTH, regime: "gd1", fio_b_share: 0, generation_kwh: 0, consumption_kwh: 30 + 1e-9 }, [])
    expect(m.uncompensated_kwh).toBe(30 + 1e-9)
    expect(m.minimum_binds).toBe(true)
    expect(m.bill_with_solar_brl).toBe(30)
  })

  it.each([["gd1" as const], ["gd2" as const]])(
    "%s: a bill exactly at the floor is the minimum binding (30 kWh at R$ 1.00 = the 30 kWh floor)",
    (regime) => {
      const m = billMonth({ ...MONTH, regime, fio_b_share: 0, generation_kwh: 0, consumption_kwh: 30 }, [])
      expect(m.bill_with_solar_brl).toBe(30)
      expect(m.bill_without_solar_brl).toBe(30)
      expect(m.minimum_binds).toBe(true)
    }
  )

  it("GD II: a bill a cent above the floor is not the minimum binding", () => {
    const m = billMonth({ ...MONTH, generation_kwh: 0, consumption_kwh: 30.01 }, [])
    expect(m.bill_with_solar_brl).toBe(30.01)
    expect(m.minimum_binds).toBe(false)
  })
})
