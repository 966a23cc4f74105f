// The survivors the first mutation pass over src/lib/aneel left open (docs/testing.md,
// "Mutation testing"): the empty-query message, a year below 1000, and which load's acronym a
// distributor keeps when two rows start on the same day.
import { listDistributors, normaliseDistributorQuery, parseAneelDate } from "../tariffs"
import { CNPJ } from "./fixtures"
import { thrown } from "../../solar/__tests__/thrown-code"

describe("normaliseDistributorQuery: an empty query", () => {
  it.each([[""], ["   "], ["\t\n"]])("says what it needs for %j", (text) => {
    expect(thrown(() => normaliseDistributorQuery(text))).toEqual({
      code: "aneel_invalid_query",
      message: "A distributor CNPJ or acronym is required",
    })
  })

  it("says the same for a query that is not text", () => {
    expect(thrown(() => normaliseDistributorQuery(undefined as never))).toEqual({
      code: "aneel_invalid_query",
      message: "A distributor CNPJ or acronym is required",
    })
  })
})

describe("parseAneelDate: four-digit years", () => {
  it("writes a year below 1000 with its leading zero, in both published forms", () => {
    // No tariff starts then, but the ISO text must stay sortable as text (listDistributors
    // compares these strings): "999-12-31" would sort after "2025-07-04".
    expect(parseAneelDate("0999-12-31")).toBe("0999-12-31")
    expect(parseAneelDate("05/03/0999")).toBe("0999-03-05")
  })
})

describe("listDistributors: rows with the same start date", () => {
  const row = { NumCNPJDistribuidora: CNPJ.ENEL_SP, DatInicioVigencia: "2025-07-04" }

  it("keeps the newer load's acronym when an older load comes after it", () => {
    const list = listDistributors([
      { ...row, SigAgente: "ENEL SP", DatGeracaoConjuntoDados: "2025-08-11" },
      { ...row, SigAgente: "ELETROPAULO", DatGeracaoConjuntoDados: "2025-08-10" },
      { ...row, SigAgente: "ENEL-SP OLD", DatGeracaoConjuntoDados: "2025-07-01" },
    ])
    expect(list).toEqual([
      { cnpj: CNPJ.ENEL_SP, acronym: "ENEL SP", former_acronyms: ["ELETROPAULO", "ENEL-SP OLD"], latest_valid_from: "2025-07-04" },
    ])
  })

  it("keeps a later start date over a newer load of an older start", () => {
    const list = listDistributors([
      { ...row, SigAgente: "ENEL SP", DatInicioVigencia: "2025-07-04", DatGeracaoConjuntoDados: "2025-07-01" },
      { ...row, SigAgente: "ELETROPAULO", DatInicioVigencia: "2024-07-04", DatGeracaoConjuntoDados: "2025-08-11" },
    ])
    expect(list.map((d) => [d.acronym, d.latest_valid_from])).toEqual([["ENEL SP", "2025-07-04"]])
  })
})
