import { thrownCode } from "../../solar/__tests__/thrown-code"
import { fetchAllPages } from "../ckan"
import {
  findDistributor,
  listDistributors,
  normaliseDistributorQuery,
  residentialTariffFilters,
  selectResidentialTariff,
} from "../tariffs"
import { CNPJ, PAGE_FIXTURES, allTariffRecords, loadFixture } from "./fixtures"

const distributors = listDistributors(allTariffRecords())

describe("listDistributors", () => {
  it("lists each distributor once by CNPJ, with its newest acronym, sorted by acronym", () => {
    expect(distributors).toEqual([
      { cnpj: CNPJ.CEMIG_D, acronym: "CEMIG-D", former_acronyms: [], latest_valid_from: "2025-05-28" },
      { cnpj: CNPJ.COPEL_DIS, acronym: "COPEL-DIS", former_acronyms: [], latest_valid_from: "2025-06-24" },
      { cnpj: CNPJ.CPFL_PAULISTA, acronym: "CPFL-PAULISTA", former_acronyms: [], latest_valid_from: "2025-04-08" },
      { cnpj: CNPJ.ENEL_SP, acronym: "ENEL SP", former_acronyms: ["ELETROPAULO"], latest_valid_from: "2025-07-04" },
      { cnpj: CNPJ.LIGHT_SESA, acronym: "LIGHT SESA", former_acronyms: [], latest_valid_from: "2025-07-01" },
    ])
  })

  it("does not depend on record order", () => {
    expect(listDistributors([...allTariffRecords()].reverse())).toEqual(distributors)
  })

  it("takes the acronym of the newer dataset load between rows of the same start", () => {
    const row = { NumCNPJDistribuidora: CNPJ.ENEL_SP, DatInicioVigencia: "2025-07-04" }
    const list = listDistributors([
      { ...row, SigAgente: "ENEL SP", DatGeracaoConjuntoDados: "2025-08-11" },
      { ...row, SigAgente: "ENEL-SP OLD", DatGeracaoConjuntoDados: "2025-07-01" },
    ])
    expect(list).toEqual([
      { cnpj: CNPJ.ENEL_SP, acronym: "ENEL SP", former_acronyms: ["ENEL-SP OLD"], latest_valid_from: "2025-07-04" },
    ])
  })

  it("is empty for no records and refuses rows without a usable CNPJ or acronym", () => {
    expect(listDistributors([])).toEqual([])
    expect(thrownCode(() => listDistributors([{ SigAgente: "X", NumCNPJDistribuidora: "" }]))).toBe(
      "aneel_bad_record"
    )
    expect(thrownCode(() => listDistributors([{ NumCNPJDistribuidora: CNPJ.ENEL_SP }]))).toBe("aneel_bad_record")
    expect(thrownCode(() => listDistributors(["ENEL SP"]))).toBe("aneel_bad_record")
  })
})

describe("normaliseDistributorQuery", () => {
  it.each([
    ["61.695.227/0001-93"],
    ["61695227000193"],
    ["  61695227000193  "],
    ["61 695 227 0001 93"],
  ])("reads %j as ENEL SP's CNPJ", (text) => {
    expect(normaliseDistributorQuery(text)).toEqual({
      by: "cnpj",
      value: CNPJ.ENEL_SP,
      filters: { NumCNPJDistribuidora: CNPJ.ENEL_SP },
    })
  })

  it("keeps a CNPJ's leading zero", () => {
    expect(normaliseDistributorQuery("04.368.898/0001-06").value).toBe(CNPJ.COPEL_DIS)
  })

  it.each([
    ["enel sp", "ENEL SP", "ENEL SP"],
    ["  Enel   SP ", "ENEL SP", "ENEL SP"],
    ["cemig-d", "CEMIG D", "CEMIG-D"],
    ["Copel-Dis", "COPEL DIS", "COPEL-DIS"],
    ["light sesa", "LIGHT SESA", "LIGHT SESA"],
    ["cpfl paulista", "CPFL PAULISTA", "CPFL PAULISTA"],
    ["Elétropaulo", "ELETROPAULO", "ELÉTROPAULO"],
  ])("reads %j as an acronym (key %j, filter %j)", (text, value, filter) => {
    expect(normaliseDistributorQuery(text)).toEqual({ by: "acronym", value, filters: { SigAgente: filter } })
  })

  it.each([
    ["61.695.227/0001-94"], // wrong check digits
    ["6169522700019"], // 13 digits
    ["123"],
    ["00.000.000/0000-00"],
  ])("refuses %j with aneel_invalid_cnpj", (text) => {
    expect(thrownCode(() => normaliseDistributorQuery(text))).toBe("aneel_invalid_cnpj")
  })

  it.each([[""], ["   "], ["<script>"], ["-ENEL"], ["ENEL; DROP"], ["E".repeat(81)], [null as unknown as string]])(
    "refuses %j with aneel_invalid_query",
    (text) => {
      expect(thrownCode(() => normaliseDistributorQuery(text))).toBe("aneel_invalid_query")
    }
  )
})

describe("findDistributor", () => {
  it.each([
    ["61.695.227/0001-93", "ENEL SP"],
    ["61695227000193", "ENEL SP"],
    ["04368898000106", "COPEL-DIS"],
    ["enel sp", "ENEL SP"],
    ["ÉNEL  sp", "ENEL SP"],
    ["Cemig D", "CEMIG-D"],
    ["cemig-d", "CEMIG-D"],
    ["copel dis", "COPEL-DIS"],
    ["Light Sesa", "LIGHT SESA"],
    ["cpfl paulista", "CPFL-PAULISTA"],
    ["eletropaulo", "ENEL SP"], // a former acronym
  ])("finds %j: %s", (text, acronym) => {
    expect(findDistributor(distributors, normaliseDistributorQuery(text))?.acronym).toBe(acronym)
  })

  it.each([["CEMIG"], ["ENEL RJ"], ["11.222.333/0001-81"]])("finds nothing for %j", (text) => {
    expect(findDistributor(distributors, normaliseDistributorQuery(text))).toBeNull()
  })

  it("prefers a current acronym over a former one", () => {
    const list = listDistributors([
      { SigAgente: "ALFA", NumCNPJDistribuidora: CNPJ.ENEL_SP, DatInicioVigencia: "2020-01-01" },
      { SigAgente: "BETA", NumCNPJDistribuidora: CNPJ.ENEL_SP, DatInicioVigencia: "2024-01-01" },
      { SigAgente: "ALFA", NumCNPJDistribuidora: CNPJ.CEMIG_D, DatInicioVigencia: "2024-01-01" },
    ])
    expect(findDistributor(list, normaliseDistributorQuery("alfa"))?.cnpj).toBe(CNPJ.CEMIG_D)
  })
})

describe("from a typed name to the tariff (how the HTTP layer chains these)", () => {
  it("reads all pages, resolves the acronym to a CNPJ and selects the tariff in force", async () => {
    const { records } = await fetchAllPages(
      async (offset) => loadFixture(PAGE_FIXTURES[offset / 10]),
      10
    )
    const distributor = findDistributor(listDistributors(records), normaliseDistributorQuery("  cemig d "))
    expect(distributor?.cnpj).toBe(CNPJ.CEMIG_D)
    const filters = residentialTariffFilters({ NumCNPJDistribuidora: distributor?.cnpj as string })
    expect(filters.NumCNPJDistribuidora).toBe(CNPJ.CEMIG_D)
    expect(
      selectResidentialTariff(records, { at: new Date("2025-06-15T15:00:00Z"), distributor_cnpj: distributor?.cnpj })
    ).toMatchObject({ distributor_acronym: "CEMIG-D", te: 0.29235, tusd: 0.49472, total: 0.78707 })
  })
})
