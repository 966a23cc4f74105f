import { resolveSolarAssumptions } from "../assumptions"
import { BillingMonthInput, billMonth, CreditLot } from "../billing"
import { buildSolarCashFlow, SolarCashFlowInput } from "../cash-flow"
import { CONNECTION_TYPES } from "../assumptions"
import { MONTH } from "./billing-fixtures"
import { seededRandom } from "../../__tests__/seeded-random"

// Hand-computed months, from the round-numbered MONTH of billing-fixtures.ts.

describe("a GD II month (Lei 14.300 art. 16, REN 1.000 art. 655-I)", () => {
  it("floor binds: the Fio B charge sits inside the minimum and adds nothing", () => {
    // self 150, injected 350, grid draw 250: all of it compensated by the month's injection;
    // Fio B 250 x 0.15 x 0.28 = 10.50 < the 30 x 1.00 floor, so the bill is R$ 30.00.
    const bank: CreditLot[] = []
    const m = billMonth(MONTH, bank)
    expect(m.self_consumed_kwh).toBeCloseTo(150, 9)
    expect(m.grid_draw_kwh).toBeCloseTo(250, 9)
    expect(m.compensated_kwh).toBeCloseTo(250, 9)
    expect(m.uncompensated_kwh).toBeCloseTo(0, 9)
    expect(m.fio_b_component_brl).toBe(10.5)
    expect(m.bill_with_solar_brl).toBe(30)
    expect(m.minimum_binds).toBe(true)
    expect(m.fio_b_charge_brl).toBe(0)
    expect(m.bill_without_solar_brl).toBe(400)
    expect(m.bill_savings_brl).toBe(370)
    // 100 kWh of injection left over go to the bank.
    expect(m.credits_banked_kwh).toBeCloseTo(100, 9)
    expect(bank).toEqual([{ month: 1, kwh: expect.closeTo(100, 9) }])
  })

  it("above the floor: the bill is the Fio B on compensated energy, not the minimum plus it", () => {
    // 250 x 0.9 x 0.28 = 63.00 > 30: the bill is 63.00 and Fio B adds 33.00 over the floor.
    const m = billMonth({ ...MONTH, fio_b_share: 0.9 }, [])
    expect(m.bill_with_solar_brl).toBe(63)
    expect(m.minimum_binds).toBe(false)
    expect(m.fio_b_charge_brl).toBe(33)
    expect(m.gross_savings_brl).toBe(370)
    expect(m.bill_savings_brl).toBe(337)
  })

  it("uses banked credits when the month's injection falls short", () => {
    const bank: CreditLot[] = [{ month: 1, kwh: 100 }]
    // Month 2, cloudy: generation 100 -> self 30, injected 70, grid draw 370. The 70 and the
    // 100 banked are compensated; 200 kWh are bought at R$ 1.00 plus Fio B on 170:
    // 200 + 170 x 0.15 x 0.28 = 207.14.
    const m = billMonth({ ...MONTH, month: 2, generation_kwh: 100 }, bank)
    expect(m.credits_used_kwh).toBeCloseTo(100, 9)
    expect(m.compensated_kwh).toBeCloseTo(170, 9)
    expect(m.uncompensated_kwh).toBeCloseTo(200, 9)
    expect(m.bill_with_solar_brl).toBe(207.14)
    expect(m.credit_bank_kwh).toBe(0)
    expect(bank).toEqual([])
  })

  it("uses the oldest credits first", () => {
    const bank: CreditLot[] = [
      { month: 1, kwh: 100 },
      { month: 2, kwh: 80 },
    ]
    // No generation, 120 kWh drawn: all covered by credits, the month-1 lot first.
    const m = billMonth({ ...MONTH, month: 3, generation_kwh: 0, consumption_kwh: 120 }, bank)
    expect(m.credits_used_kwh).toBeCloseTo(120, 9)
    expect(bank).toEqual([{ month: 2, kwh: 60 }])
  })
})

describe("a GD I month (grandfathered, until 2045)", () => {
  const gd1: BillingMonthInput = { ...MONTH, regime: "gd1", fio_b_share: 0 }

  it("compensates only down to the minimum; the rest stays banked", () => {
    // Grid draw 250: only 250 - 30 = 220 may be compensated; billed 30 kWh = R$ 30.00;
    // 350 - 220 = 130 kWh are banked (GD II would bank 100).
    const bank: CreditLot[] = []
    const m = billMonth(gd1, bank)
    expect(m.compensated_kwh).toBeCloseTo(220, 9)
    expect(m.billed_kwh).toBeCloseTo(30, 9)
    expect(m.bill_with_solar_brl).toBe(30)
    expect(m.minimum_binds).toBe(true)
    expect(m.fio_b_charge_brl).toBe(0)
    expect(m.credits_banked_kwh).toBeCloseTo(130, 9)
  })

  it("draws on the bank down to the minimum, not below it", () => {
    const bank: CreditLot[] = [{ month: 1, kwh: 130 }]
    // Grid draw 370: compensable 340 = the month's 70 + the 130 banked; billed 170 kWh.
    const m = billMonth({ ...gd1, month: 2, generation_kwh: 100 }, bank)
    expect(m.credits_used_kwh).toBeCloseTo(130, 9)
    expect(m.billed_kwh).toBeCloseTo(170, 9)
    expect(m.bill_with_solar_brl).toBe(170)
    // A sunny month at the minimum leaves the bank untouched.
    const sunny = billMonth({ ...gd1, month: 3 }, [{ month: 2, kwh: 50 }])
    expect(sunny.credits_used_kwh).toBe(0)
    expect(sunny.credit_bank_kwh).toBeCloseTo(50 + 130, 9)
  })
})

describe("credit expiry (60 months)", () => {
  it("a month-1 credit is usable through month 61 and expires at its end", () => {
    const bank: CreditLot[] = [{ month: 1, kwh: 100 }]
    // An empty house for months 2..60: nothing drawn, nothing generated.
    for (let month = 2; month <= 60; month++) {
      const m = billMonth({ ...MONTH, month, consumption_kwh: 0, generation_kwh: 0 }, bank)
      expect(m.credits_expired_kwh).toBe(0)
      // Without consumption the bill is the minimum, with or without solar.
      expect(m.bill_with_solar_brl).toBe(30)
      expect(m.bill_savings_brl).toBe(0)
    }
    expect(bank).toEqual([{ month: 1, kwh: 100 }])
    // Month 61 draws 50 kWh: they come from the old lot, and its other 50 expire.
    const last = billMonth({ ...MONTH, month: 61, consumption_kwh: 50, generation_kwh: 0 }, bank)
    expect(last.credits_used_kwh).toBeCloseTo(50, 9)
    expect(last.credits_expired_kwh).toBeCloseTo(50, 9)
    expect(bank).toEqual([])
  })

  it("an oversized system's surplus expires 60 months later, month after month", () => {
    // The São Paulo home with twice the panels: a steady surplus that is never used.
    const r = buildSolarCashFlow({
      system_size_kwp: 7.7,
      hsp: 4.6,
      monthly_consumption_kwh: 400,
      connection_type: "mono",
      tariff_kwh_brl: 0.95,
      total_investment: 19250,
      equipment_cost: 13475,
      first_month: { year: 2027, month: 3 },
    })
    expect(r.months.slice(0, 60).every((m) => m.credits_expired_kwh === 0)).toBe(true)
    // Month 61 (2032-03) loses month 1's surplus, and so on.
    expect(r.months[60].date).toBe("2032-03")
    expect(r.months[60].credits_expired_kwh).toBeCloseTo(r.months[0].credits_banked_kwh, 6)
    expect(r.months[61].credits_expired_kwh).toBeCloseTo(r.months[1].credits_banked_kwh, 6)
    expect(r.years[6].credits_expired_kwh).toBeGreaterThan(0)
    expect(r.years[5].credits_expired_kwh).toBe(0)
    // 60 months of surplus are in the bank at any time once expiry starts.
    expect(r.months[100].credit_bank_kwh).toBeCloseTo(
      r.months.slice(41, 101).reduce((s, m) => s + m.credits_banked_kwh, 0),
      6
    )
  })
})

// The São Paulo home: 400 kWh/month, single-phase, 7 x 550 W (3.85 kWp), HSP 4.6, PR 0.8,
// R$ 0.95/kWh, Fio B 28 % of it (R$ 0.266). Year-1 generation 5,171.32 kWh = 430.943 a month:
// self-consumed 129.283, grid draw 270.717, injected 301.660.
const SP_HOME: SolarCashFlowInput = {
  system_size_kwp: 3.85,
  hsp: 4.6,
  monthly_consumption_kwh: 400,
  connection_type: "mono",
  tariff_kwh_brl: 0.95,
  total_investment: 9625,
  equipment_cost: 6737.5,
}

describe("a grandfathered unit crossing into 2046", () => {
  const r = buildSolarCashFlow({ ...SP_HOME, grandfathered: true, first_month: { year: 2045, month: 7 } })

  it("is billed by GD I through December 2045 and by GD II from January 2046", () => {
    const dec = r.months[5]
    const jan = r.months[6]
    expect([dec.date, dec.regime, dec.fio_b_share]).toEqual(["2045-12", "gd1", 0])
    expect([jan.date, jan.regime, jan.fio_b_share]).toEqual(["2046-01", "gd2", 1])
    expect(r.years[1].billing_regime).toBe("gd1_to_gd2")
    expect(r.years[2].billing_regime).toBe("gd2")
    // GD I: 270.717 - 30 = 240.717 compensated, 30 kWh billed = R$ 28.50, 60.943 banked.
    expect(dec.compensated_kwh).toBeCloseTo(240.717, 3)
    expect(dec.bill_with_solar_brl).toBe(28.5)
    expect(dec.bill_savings_brl).toBe(351.5)
    expect(dec.credits_banked_kwh).toBeCloseTo(60.943, 3)
    // GD II: all 270.717 compensated, bill max(28.50, 270.717 x 1 x 0.266 = 72.01).
    expect(jan.compensated_kwh).toBeCloseTo(270.717, 3)
    expect(jan.bill_with_solar_brl).toBe(72.01)
    expect(jan.fio_b_charge_brl).toBe(43.51)
    expect(jan.bill_savings_brl).toBe(307.99)
    // Year 1: 6 GD I months and 6 GD II months at the year-1 tariff.
    expect(r.years[1].bill_savings_brl).toBe(round2(6 * 351.5 + 6 * 307.99))
  })
})

describe("a request in December", () => {
  it("bills each month with its own calendar year's Fio B share", () => {
    // Connected 2027-02 (a request on 2026-12-15 plus 60 days): 11 months at 2027's 75 %,
    // then January 2028 at 90 %. Bills: 270.717 x 0.266 x 0.75 = 54.01; x 0.9 = 64.81.
    const r = buildSolarCashFlow({ ...SP_HOME, first_month: { year: 2027, month: 2 } })
    expect(r.years[1].fio_b_shares).toEqual([
      { calendar_year: 2027, share: 0.75, basis: "schedule", months: 11 },
      { calendar_year: 2028, share: 0.9, basis: "schedule", months: 1 },
    ])
    expect(r.months[0].bill_with_solar_brl).toBe(54.01)
    expect(r.months[11].bill_with_solar_brl).toBe(64.81)
    expect(r.years[1].bill_savings_brl).toBe(round2(11 * (380 - 54.01) + (380 - 64.81)))
    // Connected in December 2026 itself: one month at 60 %, then 2027's share.
    const dec = buildSolarCashFlow({ ...SP_HOME, first_month: { year: 2026, month: 12 } })
    expect(dec.years[1].fio_b_shares.map((s) => [s.calendar_year, s.share, s.months])).toEqual([
      [2026, 0.6, 1],
      [2027, 0.75, 11],
    ])
  })
})

function round2(value: number): number {
  return Math.round(value * 100) / 100
}

describe("25-year property: savings never exceed the bill without solar, the bank never goes negative", () => {
  const random = seededRandom(20261203)
  const cases = Array.from({ length: 60 }, (_, i) => {
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
    return {
      i,
      input: {
        system_size_kwp: round2(0.5 + random() * 15),
        hsp: round2(3.5 + random() * 2.5),
        monthly_consumption_kwh: round2(35 + random() * 2000),
        connection_type: pick(CONNECTION_TYPES),
        tariff_kwh_brl: round2(0.4 + random() * 1.2),
        total_investment: 20000,
        equipment_cost: 14000,
        first_month: { year: 2023 + Math.floor(random() * 25), month: 1 + Math.floor(random() * 12) },
        grandfathered: random() < 0.3,
      } satisfies SolarCashFlowInput,
      assumptions: resolveSolarAssumptions({ simultaneity_factor: round2(random()) }),
    }
  })

  it.each(cases)("case $i", ({ input, assumptions }) => {
    const r = buildSolarCashFlow(input, assumptions)
    expect(r.months).toHaveLength(300)
    // Violations are collected and compared once: 300 months x 8 checks per case.
    const violations: string[] = []
    const check = (ok: boolean, what: string) => {
      if (!ok) {
        violations.push(what)
      }
    }
    let bank = 0
    for (const m of r.months) {
      const at = `month ${m.month} (${m.date}, ${m.regime})`
      check(m.bill_savings_brl <= m.bill_without_solar_brl, `${at}: savings exceed the bill without solar`)
      check(m.bill_savings_brl >= 0, `${at}: negative savings`)
      // The minimum bill is always paid (GD I: in kWh, GD II: as a floor in R$).
      check(m.bill_with_solar_brl >= round2(m.minimum_kwh * m.tariff_kwh_brl) - 0.005, `${at}: below the minimum`)
      check(m.credit_bank_kwh >= -1e-9, `${at}: negative bank`)
      check(m.credits_used_kwh <= bank + 1e-6, `${at}: used more credits than banked`)
      // Every kWh generated is self-consumed, compensated in the month or banked.
      const accounted = m.self_consumed_kwh + (m.compensated_kwh - m.credits_used_kwh) + m.credits_banked_kwh
      check(Math.abs(accounted - m.generation_kwh) < 1e-6, `${at}: energy not conserved`)
      bank = bank + m.credits_banked_kwh - m.credits_used_kwh - m.credits_expired_kwh
      check(Math.abs(m.credit_bank_kwh - bank) < 1e-6, `${at}: bank balance off`)
    }
    for (const y of r.years.slice(1)) {
      const months = r.months.filter((m) => m.year === y.year)
      const sum = months.reduce((s, m) => s + m.bill_savings_brl, 0)
      check(Math.abs(y.bill_savings_brl - sum) < 0.005, `year ${y.year}: not the sum of its months`)
      check(y.bill_savings_brl <= y.bill_without_solar_brl, `year ${y.year}: savings exceed the bill without solar`)
      check(Math.abs(y.gross_savings_brl - y.fio_b_charge_brl - y.bill_savings_brl) < 0.005, `year ${y.year}: gross - Fio B`)
    }
    expect(violations).toEqual([])
  })
})
