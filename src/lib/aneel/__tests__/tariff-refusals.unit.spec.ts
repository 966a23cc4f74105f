// What each tariff-row refusal says, and the date and agent variants ANEEL publishes. The
// codes alone are asserted in tariffs.unit.spec.ts; these pin the message an operator reads.
import { parseBrazilianNumber } from "../numbers"
import {
  RESIDENTIAL_B1_CLASSIFICATION,
  brazilianCalendarDay,
  listDistributors,
  normaliseDistributorQuery,
  parseAneelDate,
  parseTariffRecord,
  selectResidentialTariff,
} from "../tariffs"
import { comparisonKey } from "../text"
import { CNPJ, residentialRow as row } from "./fixtures"
import { thrown } from "../../solar/__tests__/thrown-code"

const at = new Date("2025-08-01T12:00:00-03:00")

describe("parseTariffRecord: what each refusal says", () => {
  it.each([
    ["null", null, "An ANEEL record is not an object"],
    ["an array", [], "An ANEEL record is not an object"],
    ["text", "row", "An ANEEL record is not an object"],
    ["no start date", row({ DatInicioVigencia: null }), "DatInicioVigencia is missing"],
    ["a blank start date", row({ DatInicioVigencia: "  " }), "DatInicioVigencia is missing"],
    ["a numeric start date", row({ DatInicioVigencia: 20250704 }), "DatInicioVigencia is not text"],
    ["no acronym", row({ SigAgente: undefined }), "SigAgente is missing"],
    ["a blank acronym", row({ SigAgente: "   " }), "SigAgente is missing"],
    ["an object acronym", row({ SigAgente: { name: "ENEL" } }), "SigAgente is not text"],
    ["a boolean REH", row({ DscREH: true }), "DscREH is not text"],
    ["no CNPJ", row({ NumCNPJDistribuidora: null }), "NumCNPJDistribuidora is missing"],
    ["an 11-digit CNPJ", row({ NumCNPJDistribuidora: "12345678901" }), 'NumCNPJDistribuidora is not a CNPJ: "12345678901"'],
    ["a 15-digit CNPJ", row({ NumCNPJDistribuidora: "616952270001930" }), 'NumCNPJDistribuidora is not a CNPJ: "616952270001930"'],
    ["an object value", row({ VlrTUSD: { value: 1 } }), "VlrTUSD is not a number or text"],
    ["a boolean TE", row({ VlrTE: false }), "VlrTE is not a number or text"],
    ["an impossible end date", row({ DatFimVigencia: "2025-02-29" }), 'DatFimVigencia is not a calendar date: "2025-02-29"'],
    ["a load date that is no date", row({ DatGeracaoConjuntoDados: "ontem" }), 'DatGeracaoConjuntoDados is not a date: "ontem"'],
  ])("refuses %s", (_label, record, message) => {
    expect(thrown(() => parseTariffRecord(record))).toEqual({ code: "aneel_bad_record", message })
  })

  it("reads a numeric acronym, numeric values, 12-digit and 14-digit CNPJs and a lower-case kWh unit", () => {
    const parsed = parseTariffRecord(
      row({ SigAgente: 123, VlrTUSD: 274.38, VlrTE: null, NumCNPJDistribuidora: 4368898000106, DscUnidadeTerciaria: "kwh" })
    )
    expect(parsed).toMatchObject({
      distributor_acronym: "123",
      distributor_cnpj: CNPJ.COPEL_DIS,
      tusd_value: 274.38,
      tusd_brl_per_kwh: 274.38,
      te_value: null,
      te_brl_per_kwh: null,
      unit: "kwh",
    })
    expect(parseTariffRecord(row({ NumCNPJDistribuidora: "123456789012" })).distributor_cnpj).toBe("00123456789012")
    expect(parseTariffRecord(row({ DscREH: "  " })).reh).toBeNull()
    expect(parseTariffRecord(row({ DscUnidadeTerciaria: undefined }))).toMatchObject({ unit: "", tusd_brl_per_kwh: null })
  })
})

describe("parseAneelDate: the forms ANEEL publishes", () => {
  it.each([
    ["2024-07-04T10:00:00Z", "2024-07-04"],
    ["2024-07-04 23:59:59.123-03:00", "2024-07-04"],
    ["2024-07-04T00:00:00+0300", "2024-07-04"],
    ["2024-07-04T10:00:00", "2024-07-04"],
    [" 04/07/2024 ", "2024-07-04"],
    ["29/02/2024", "2024-02-29"],
  ])("reads %j as %s", (text, iso) => {
    expect(parseAneelDate(text)).toBe(iso)
  })

  it.each([
    [5, "date is not text"],
    ["x2024-07-04", 'date is not a date: "x2024-07-04"'],
    ["2024-07-04x", 'date is not a date: "2024-07-04x"'],
    ["2024-07-04T", 'date is not a date: "2024-07-04T"'],
    ["04/07/2024x", 'date is not a date: "04/07/2024x"'],
    ["x04/07/2024", 'date is not a date: "x04/07/2024"'],
    ["29/02/2025", 'date is not a calendar date: "29/02/2025"'],
    ["2025-04-31", 'date is not a calendar date: "2025-04-31"'],
    [`${"9".repeat(50)}`, `date is not a date: "${"9".repeat(40)}"`],
  ])("refuses %j saying %s", (value, message) => {
    expect(thrown(() => parseAneelDate(value))).toEqual({ code: "aneel_bad_record", message })
  })
})

describe("selectResidentialTariff: messages and the accessing-agent variants", () => {
  it("names the row that has no TE or TUSD", () => {
    expect(thrown(() => selectResidentialTariff([row({ VlrTUSD: "" })], { at }))).toEqual({
      code: "aneel_bad_record",
      message: "The B1 Residencial tariff of ENEL SP from 2025-07-04 has no TE or TUSD",
    })
  })

  it("says what to pass when the records hold several distributors", () => {
    const other = row({ SigAgente: "COPEL-DIS", NumCNPJDistribuidora: CNPJ.COPEL_DIS })
    expect(thrown(() => selectResidentialTariff([row(), other], { at }))).toEqual({
      code: "aneel_ambiguous_distributor",
      message: "The records hold several distributors: pass distributor_cnpj",
    })
  })

  it.each([[null], [undefined], [""], ["   "], ["NAO SE APLICA"]])("takes accessing agent %j as the general tariff", (agent) => {
    expect(selectResidentialTariff([row({ SigAgenteAcessante: agent })], { at })?.total).toBe(0.7)
  })

  it.each([["CPFL"], [42]])("skips a tariff of one accessing agent (%j)", (agent) => {
    expect(selectResidentialTariff([row({ SigAgenteAcessante: agent })], { at })).toBeNull()
  })

  it("skips a row whose unit is missing or not text", () => {
    expect(selectResidentialTariff([row({ DscUnidadeTerciaria: undefined })], { at })).toBeNull()
    expect(selectResidentialTariff([row({ DscUnidadeTerciaria: 1000 })], { at })).toBeNull()
  })

  it.each([[new Date(Number.NaN)], ["2025-08-01"]])("refuses %p as the day, saying why", (value) => {
    expect(thrown(() => brazilianCalendarDay(value as Date))).toEqual({
      code: "aneel_invalid_query",
      message: "`at` must be a valid date",
    })
  })
})

describe("comparison keys, rounding, calendar years and the distributor list", () => {
  it("trims and collapses runs of separators in a comparison key", () => {
    expect(comparisonKey("  Cemig - D  ")).toBe("CEMIG D")
    expect(comparisonKey("São__Paulo./x")).toBe("SAO PAULO X")
  })

  it("names its errors AneelError", () => {
    const outcome = (() => {
      try {
        parseBrazilianNumber("x")
      } catch (error) {
        return (error as Error).name
      }
      return null
    })()
    expect(outcome).toBe("AneelError")
  })

  it("reads a per-kWh value that rounds to nothing as 0, not -0", () => {
    expect(Object.is(parseTariffRecord(row({ VlrTE: "-0,000001" })).te_brl_per_kwh, 0)).toBe(true)
  })

  it("refuses a two-digit year, which Date would read as 19xx", () => {
    expect(thrown(() => parseAneelDate("0050-01-01"))).toEqual({
      code: "aneel_bad_record",
      message: 'date is not a calendar date: "0050-01-01"',
    })
  })

  it("lists the acronym of the newer load between rows of one start, and former acronyms sorted", () => {
    const rows = [
      row({ SigAgente: "ELETROPAULO", DatGeracaoConjuntoDados: "2025-08-11" }),
      row({ SigAgente: "ENEL SP", DatGeracaoConjuntoDados: "2025-09-01" }),
      row({ SigAgente: "AES", DatGeracaoConjuntoDados: "2025-08-20" }),
      row({ SigAgente: "ELETRO", DatGeracaoConjuntoDados: null }),
    ]
    expect(listDistributors(rows)).toEqual([
      {
        cnpj: CNPJ.ENEL_SP,
        acronym: "ENEL SP",
        former_acronyms: ["AES", "ELETRO", "ELETROPAULO"],
        latest_valid_from: "2025-07-04",
      },
    ])
  })

  it("orders two distributors of one acronym by CNPJ", () => {
    const rows = [
      row({ SigAgente: "X", NumCNPJDistribuidora: CNPJ.ENEL_SP }),
      row({ SigAgente: "X", NumCNPJDistribuidora: CNPJ.COPEL_DIS }),
    ]
    expect(listDistributors(rows).map((entry) => entry.cnpj)).toEqual([CNPJ.COPEL_DIS, CNPJ.ENEL_SP])
  })

  it.each([
    ["", "A distributor CNPJ or acronym is required"],
    ["E".repeat(81), "A distributor query is at most 80 characters"],
    ["ENEL; DROP", 'Not a distributor acronym or CNPJ: "ENEL; DROP"'],
  ])("refuses the query %j saying %s", (text, message) => {
    expect(thrown(() => normaliseDistributorQuery(text))).toEqual({ code: "aneel_invalid_query", message })
  })

  it("accepts a query of exactly 80 characters and names a CNPJ it refuses", () => {
    expect(normaliseDistributorQuery("E".repeat(80)).by).toBe("acronym")
    expect(thrown(() => normaliseDistributorQuery("11.222.333/0001-82"))).toEqual({
      code: "aneel_invalid_cnpj",
      message: 'Not a valid CNPJ: "11.222.333/0001-82"',
    })
  })
})
