import { thrownCode } from "../../solar/__tests__/thrown-code"
import {
  RESIDENTIAL_B1_CLASSIFICATION,
  brazilianCalendarDay,
  parseAneelDate,
  parseTariffRecord,
  residentialTariffFilters,
  selectResidentialTariff,
  selectTariff,
  tariffClassification,
  tariffFilters,
} from "../tariffs"
import { CNPJ, allTariffRecords, fixtureRecords, residentialRow } from "./fixtures"

const records = allTariffRecords()

function byId(id: number): Record<string, unknown> {
  const record = records.find((candidate) => candidate._id === id)
  if (!record) {
    throw new Error(`fixture record ${id} missing`)
  }
  return record
}

// Noon in Brasília, so the calendar day is unambiguous.
function on(day: string): Date {
  return new Date(`${day}T12:00:00-03:00`)
}

describe("parseTariffRecord", () => {
  it("types a residential row and converts R$/MWh to R$/kWh", () => {
    expect(parseTariffRecord(byId(318204))).toEqual({
      distributor_acronym: "ENEL SP",
      distributor_cnpj: CNPJ.ENEL_SP,
      reh: "RESOLUÇÃO HOMOLOGATÓRIA Nº 3.480, DE 1º DE JULHO DE 2025",
      valid_from: "2025-07-04",
      valid_to: null,
      tariff_base: "Tarifa de Aplicação",
      subgroup: "B1",
      modality: "Convencional",
      class: "Residencial",
      subclass: "Residencial",
      detail: "Não se aplica",
      posto: "Não se aplica",
      unit: "MWh",
      tusd_brl_per_kwh: 0.43891,
      te_brl_per_kwh: 0.28104,
      tusd_value: 438.91,
      te_value: 281.04,
      accessing_agent: "Não se aplica",
      generated_at: "2025-08-11",
    })
  })

  it("restores the leading zero of a CNPJ and reads an empty end date as open-ended", () => {
    const copel = parseTariffRecord(byId(317530))
    expect(copel.distributor_cnpj).toBe(CNPJ.COPEL_DIS)
    expect(copel.valid_to).toBeNull()
    expect(parseTariffRecord({ ...byId(317530), NumCNPJDistribuidora: 4368898000106 }).distributor_cnpj).toBe(
      CNPJ.COPEL_DIS
    )
    expect(parseTariffRecord({ ...byId(318204), NumCNPJDistribuidora: "61.695.227/0001-93" }).distributor_cnpj).toBe(
      CNPJ.ENEL_SP
    )
  })

  it("keeps demand rows (kW) in their own unit with no per-kWh values", () => {
    const demand = parseTariffRecord(byId(316455))
    expect(demand).toMatchObject({
      unit: "kW",
      tusd_value: 21.37,
      te_value: 0,
      tusd_brl_per_kwh: null,
      te_brl_per_kwh: null,
    })
  })

  it("reads thousands separators and kWh values as published", () => {
    expect(parseTariffRecord(byId(318211))).toMatchObject({ tusd_value: 1312.44, tusd_brl_per_kwh: 1.31244 })
    expect(
      parseTariffRecord(residentialRow({ DscUnidadeTerciaria: "kWh", VlrTUSD: "0,43891", VlrTE: "0,28104" }))
    ).toMatchObject({ tusd_brl_per_kwh: 0.43891, te_brl_per_kwh: 0.28104 })
  })

  it("leaves empty values as null", () => {
    expect(parseTariffRecord(residentialRow({ VlrTE: "", VlrTUSD: null }))).toMatchObject({
      te_value: null,
      te_brl_per_kwh: null,
      tusd_value: null,
      tusd_brl_per_kwh: null,
    })
  })

  it.each([
    ["not an object", "ENEL SP"],
    ["no SigAgente", residentialRow({ SigAgente: " " })],
    ["no CNPJ", residentialRow({ NumCNPJDistribuidora: null })],
    ["a CNPJ with letters in the wrong place", residentialRow({ NumCNPJDistribuidora: "ABC" })],
    ["a short CNPJ", residentialRow({ NumCNPJDistribuidora: "12345" })],
    ["no start date", residentialRow({ DatInicioVigencia: "" })],
    ["a non-date start", residentialRow({ DatInicioVigencia: "julho" })],
    ["an impossible date", residentialRow({ DatFimVigencia: "2025-02-30" })],
    ["a classification that is not text", residentialRow({ DscSubGrupo: { value: "B1" } })],
    ["a value that is neither text nor number", residentialRow({ VlrTE: true })],
  ])("refuses a record with %s (aneel_bad_record)", (_label, record) => {
    expect(thrownCode(() => parseTariffRecord(record))).toBe("aneel_bad_record")
  })

  it("refuses a value that is not a pt-BR number (aneel_invalid_number)", () => {
    expect(thrownCode(() => parseTariffRecord(residentialRow({ VlrTE: "281.04" })))).toBe("aneel_invalid_number")
  })
})

describe("parseAneelDate", () => {
  it.each([
    ["2025-07-04", "2025-07-04"],
    ["2025-07-04T00:00:00", "2025-07-04"],
    ["2025-07-04 00:00:00", "2025-07-04"],
    ["04/07/2025", "2025-07-04"],
    ["2024-02-29", "2024-02-29"],
  ])("reads %j as %s", (text, iso) => {
    expect(parseAneelDate(text)).toBe(iso)
  })

  it("reads empty values as null", () => {
    expect(parseAneelDate(null)).toBeNull()
    expect(parseAneelDate(undefined)).toBeNull()
    expect(parseAneelDate("  ")).toBeNull()
  })

  it.each([["2025-13-01"], ["31/02/2025"], ["2025-7-4"], ["ontem"]])("refuses %j", (text) => {
    expect(thrownCode(() => parseAneelDate(text))).toBe("aneel_bad_record")
  })
})

describe("brazilianCalendarDay", () => {
  it("uses the calendar day in Brasília time", () => {
    expect(brazilianCalendarDay(new Date("2025-07-04T02:59:59Z"))).toBe("2025-07-03")
    expect(brazilianCalendarDay(new Date("2025-07-04T03:00:00Z"))).toBe("2025-07-04")
  })

  it("refuses an invalid date", () => {
    expect(thrownCode(() => brazilianCalendarDay(new Date("nope")))).toBe("aneel_invalid_query")
  })
})

describe("residentialTariffFilters", () => {
  it("asks for the residential B1 conventional application tariff", () => {
    expect(residentialTariffFilters()).toEqual({
      DscBaseTarifaria: "Tarifa de Aplicação",
      DscSubGrupo: "B1",
      DscModalidadeTarifaria: "Convencional",
      DscClasse: "Residencial",
      DscSubClasse: "Residencial",
      DscDetalhe: "Não se aplica",
      NomPostoTarifario: "Não se aplica",
    })
  })

  it("narrows to one distributor by CNPJ or acronym", () => {
    expect(residentialTariffFilters({ NumCNPJDistribuidora: CNPJ.CEMIG_D })).toMatchObject({
      DscSubGrupo: "B1",
      NumCNPJDistribuidora: CNPJ.CEMIG_D,
    })
    expect(residentialTariffFilters({ SigAgente: "CEMIG-D" })).toMatchObject({ SigAgente: "CEMIG-D" })
  })
})

describe("selectResidentialTariff over the recorded pages", () => {
  it.each([
    // distributor, day, te, tusd, total, valid_from, valid_to
    [CNPJ.ENEL_SP, "2025-08-01", 0.28104, 0.43891, 0.71995, "2025-07-04", null],
    [CNPJ.ENEL_SP, "2030-01-01", 0.28104, 0.43891, 0.71995, "2025-07-04", null],
    [CNPJ.ENEL_SP, "2025-07-03", 0.27257, 0.41237, 0.68494, "2024-07-04", "2025-07-03"],
    [CNPJ.ENEL_SP, "2024-07-04", 0.27257, 0.41237, 0.68494, "2024-07-04", "2025-07-03"],
    [CNPJ.CEMIG_D, "2025-06-15", 0.29235, 0.49472, 0.78707, "2025-05-28", "2026-05-27"],
    [CNPJ.CEMIG_D, "2025-05-27", 0.28087, 0.4715, 0.75237, "2024-05-28", "2025-06-30"],
    [CNPJ.COPEL_DIS, "2025-07-01", 0.28519, 0.37246, 0.65765, "2025-06-24", null],
    [CNPJ.COPEL_DIS, "2025-06-23", 0.27433, 0.3589, 0.63323, "2024-06-24", "2025-06-23"],
    [CNPJ.LIGHT_SESA, "2025-07-15", 0.29802, 0.5473, 0.84532, "2025-07-01", "2026-03-14"],
    [CNPJ.LIGHT_SESA, "2025-06-30", 0.30177, 0.54012, 0.84189, "2025-03-15", "2026-03-14"],
    [CNPJ.CPFL_PAULISTA, "2025-05-01", 0.27964, 0.40288, 0.68252, "2025-04-08", "2026-04-07"],
  ])("%s on %s: te %d + tusd %d = %d R$/kWh", (cnpj, day, te, tusd, total, validFrom, validTo) => {
    const tariff = selectResidentialTariff(records, { at: on(day), distributor_cnpj: cnpj })
    expect(tariff).toMatchObject({ te, tusd, total, valid_from: validFrom, valid_to: validTo, distributor_cnpj: cnpj })
  })

  it("returns the REH and acronym of the chosen row", () => {
    expect(selectResidentialTariff(records, { at: on("2025-08-01"), distributor_cnpj: CNPJ.ENEL_SP })).toEqual({
      te: 0.28104,
      tusd: 0.43891,
      total: 0.71995,
      valid_from: "2025-07-04",
      valid_to: null,
      reh: "RESOLUÇÃO HOMOLOGATÓRIA Nº 3.480, DE 1º DE JULHO DE 2025",
      distributor_acronym: "ENEL SP",
      distributor_cnpj: CNPJ.ENEL_SP,
    })
  })

  it("answers with the acronym of the time for an old date", () => {
    expect(
      selectResidentialTariff(records, { at: on("2018-09-01"), distributor_cnpj: CNPJ.ENEL_SP })
    ).toMatchObject({ distributor_acronym: "ELETROPAULO", te: 0.23548, tusd: 0.26653, total: 0.50201 })
  })

  it.each([
    [CNPJ.ENEL_SP, "2018-07-03"], // before the first row
    [CNPJ.ENEL_SP, "2020-01-01"], // between 2019-07-03 and 2024-07-04
    [CNPJ.CEMIG_D, "2026-05-28"], // after the last row ended
    [CNPJ.LIGHT_SESA, "2026-03-15"],
    ["11222333000181", "2025-08-01"], // a valid CNPJ with no rows
  ])("returns null for %s on %s (nothing in force)", (cnpj, day) => {
    expect(selectResidentialTariff(records, { at: on(day), distributor_cnpj: cnpj })).toBeNull()
  })

  it("takes the day in Brasília time, not UTC", () => {
    const lateOnThe3rd = new Date("2025-07-04T02:00:00Z")
    const earlyOnThe4th = new Date("2025-07-04T03:30:00Z")
    expect(selectResidentialTariff(records, { at: lateOnThe3rd, distributor_cnpj: CNPJ.ENEL_SP })?.valid_from).toBe(
      "2024-07-04"
    )
    expect(selectResidentialTariff(records, { at: earlyOnThe4th, distributor_cnpj: CNPJ.ENEL_SP })?.valid_from).toBe(
      "2025-07-04"
    )
  })

  it("ignores Base Econômica, white tariff, SCEE, Baixa Renda, other subgroups and demand rows", () => {
    // Each ignored row carries values different from the residential one of the same period.
    const ignored = records.filter((record) =>
      [318205, 318211, 318212, 318213, 318220, 316403, 316410, 316455, 316456, 317561, 314140, 315079, 315090, 315081].includes(
        record._id as number
      )
    )
    expect(ignored).toHaveLength(14)
    expect(selectResidentialTariff(ignored, { at: on("2025-08-01"), distributor_cnpj: CNPJ.ENEL_SP })).toBeNull()
    for (const cnpj of Object.values(CNPJ)) {
      expect(selectResidentialTariff(ignored, { at: on("2025-08-01"), distributor_cnpj: cnpj })).toBeNull()
    }
  })

  it("accepts a formatted CNPJ and refuses an invalid one", () => {
    expect(
      selectResidentialTariff(records, { at: on("2025-08-01"), distributor_cnpj: "06.981.180/0001-16" })?.total
    ).toBe(0.78707)
    expect(
      thrownCode(() => selectResidentialTariff(records, { at: on("2025-08-01"), distributor_cnpj: "06.981.180/0001-17" }))
    ).toBe("aneel_invalid_cnpj")
  })

  it("needs distributor_cnpj when the records hold several distributors", () => {
    expect(thrownCode(() => selectResidentialTariff(records, { at: on("2025-08-01") }))).toBe(
      "aneel_ambiguous_distributor"
    )
  })

  it("works on the filtered single-distributor answer without distributor_cnpj", () => {
    const enel = fixtureRecords("residential-enel-sp.json")
    expect(selectResidentialTariff(enel, { at: on("2025-08-01") })?.total).toBe(0.71995)
    expect(selectResidentialTariff([], { at: on("2025-08-01") })).toBeNull()
  })
})

describe("selectResidentialTariff rules", () => {
  it("lets the latest DatInicioVigencia win whatever the input order", () => {
    const older = residentialRow({ DatInicioVigencia: "2025-01-01", DatFimVigencia: "2025-12-31", VlrTE: "100,00" })
    const newer = residentialRow({ DatInicioVigencia: "2025-06-01", DatFimVigencia: "2025-12-31", VlrTE: "200,00" })
    const at = on("2025-07-01")
    expect(selectResidentialTariff([older, newer], { at })?.te).toBe(0.2)
    expect(selectResidentialTariff([newer, older], { at })?.te).toBe(0.2)
    expect(selectResidentialTariff([newer, older], { at: on("2025-05-31") })?.te).toBe(0.1)
  })

  it("prefers the newer dataset load between rows of the same start", () => {
    const first = residentialRow({ DatGeracaoConjuntoDados: "2025-07-10", VlrTE: "100,00" })
    const republished = residentialRow({ DatGeracaoConjuntoDados: "2025-08-11", VlrTE: "110,00" })
    expect(selectResidentialTariff([first, republished], { at: on("2025-08-01") })?.te).toBe(0.11)
    expect(selectResidentialTariff([republished, first], { at: on("2025-08-01") })?.te).toBe(0.11)
  })

  it("treats both ends of the validity window as in force", () => {
    const row = residentialRow({ DatInicioVigencia: "2025-01-01", DatFimVigencia: "2025-01-31" })
    expect(selectResidentialTariff([row], { at: on("2025-01-01") })).not.toBeNull()
    expect(selectResidentialTariff([row], { at: on("2025-01-31") })).not.toBeNull()
    expect(selectResidentialTariff([row], { at: on("2024-12-31") })).toBeNull()
    expect(selectResidentialTariff([row], { at: on("2025-02-01") })).toBeNull()
  })

  it("matches the classification regardless of case and accents", () => {
    const shouted = residentialRow({
      DscBaseTarifaria: "TARIFA DE APLICACAO",
      DscClasse: "residencial",
      DscDetalhe: "Nao se aplica",
      NomPostoTarifario: "NÃO SE APLICA",
      DscUnidadeTerciaria: "MWH",
    })
    expect(selectResidentialTariff([shouted], { at: on("2025-08-01") })?.total).toBe(0.7)
  })

  it("ignores tariffs specific to one accessing agent", () => {
    const specific = residentialRow({ SigAgenteAcessante: "CERIPA", VlrTE: "1,00" })
    const general = residentialRow({ SigAgenteAcessante: null, DatInicioVigencia: "2025-07-01" })
    expect(selectResidentialTariff([specific, general], { at: on("2025-08-01") })?.te).toBe(0.3)
  })

  it("rounds to 6 decimals and keeps te + tusd = total", () => {
    const row = residentialRow({ VlrTUSD: "412,3749", VlrTE: "272,5651" })
    const tariff = selectResidentialTariff([row], { at: on("2025-08-01") })
    expect(tariff).toMatchObject({ tusd: 0.412375, te: 0.272565, total: 0.68494 })
  })

  it("does not parse rows it ignores, so a broken demand row cannot break the lookup", () => {
    const brokenDemand = { ...residentialRow({ DscUnidadeTerciaria: "kW" }), VlrTUSD: "n/d", NumCNPJDistribuidora: "?" }
    expect(selectResidentialTariff([brokenDemand, residentialRow()], { at: on("2025-08-01") })?.total).toBe(0.7)
  })

  it("refuses a broken residential row rather than falling back to an older tariff", () => {
    const older = residentialRow({ DatInicioVigencia: "2024-07-04", DatFimVigencia: null })
    expect(
      thrownCode(() => selectResidentialTariff([older, residentialRow({ VlrTE: "" })], { at: on("2025-08-01") }))
    ).toBe("aneel_bad_record")
    expect(
      thrownCode(() => selectResidentialTariff([older, residentialRow({ VlrTE: "2,81.04" })], { at: on("2025-08-01") }))
    ).toBe("aneel_invalid_number")
    expect(thrownCode(() => selectResidentialTariff([null], { at: on("2025-08-01") }))).toBe("aneel_bad_record")
  })

  it("refuses an invalid date", () => {
    expect(thrownCode(() => selectResidentialTariff(records, { at: new Date(Number.NaN) }))).toBe(
      "aneel_invalid_query"
    )
  })
})

describe("selectTariff (any classification)", () => {
  it("defaults every field left out to residential B1 conventional", () => {
    expect(tariffClassification()).toEqual(RESIDENTIAL_B1_CLASSIFICATION)
    expect(tariffClassification({ subgroup: "B3" })).toMatchObject({ DscSubGrupo: "B3", DscClasse: "Residencial" })
    expect(tariffFilters(tariffClassification(), { NumCNPJDistribuidora: "1" })).toEqual(
      residentialTariffFilters({ NumCNPJDistribuidora: "1" })
    )
  })

  it("finds a commercial B3 tariff in force, ignoring the residential rows", () => {
    const classification = tariffClassification({
      subgroup: "B3",
      class: "Comercial, Serviços e Outras",
      subclass: "Comercial",
    })
    const tariff = selectTariff(records, { at: on("2025-08-01"), distributor_cnpj: "60444437000146", classification })
    expect(tariff).toMatchObject({ te: 0.30177, tusd: 0.52844, total: 0.83021, valid_from: "2025-03-15" })
    // The residential selection of the same distributor and day is another row.
    expect(selectResidentialTariff(records, { at: on("2025-08-01"), distributor_cnpj: "60444437000146" })?.total).not.toBe(
      0.83021
    )
  })

  it("answers null for a classification with no energy row (demand rows are in kW)", () => {
    const classification = tariffClassification({ subgroup: "B3", class: "Rural", subclass: "Agropecuária rural" })
    expect(selectTariff(records, { at: on("2025-08-01"), distributor_cnpj: "60444437000146", classification })).toBeNull()
  })
})
