import { readFileSync } from "fs"
import { join } from "path"
import { RESIDENTIAL_B1_CLASSIFICATION } from "../tariffs"

/** A fixture's parsed JSON, typed as unknown like a real HTTP body. */
export function loadFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(__dirname, "..", "__fixtures__", name), "utf8"))
}

/** The records of a successful fixture page (no validation: the parser's tests do that). */
export function fixtureRecords(name: string): Record<string, unknown>[] {
  return (loadFixture(name) as { result: { records: Record<string, unknown>[] } }).result.records
}

export const PAGE_FIXTURES = ["tariffs-page-1.json", "tariffs-page-2.json", "tariffs-page-3.json"]

/** All 26 records of the three-page query. */
export function allTariffRecords(): Record<string, unknown>[] {
  return PAGE_FIXTURES.flatMap(fixtureRecords)
}

export const CNPJ = {
  ENEL_SP: "61695227000193",
  CEMIG_D: "06981180000116",
  COPEL_DIS: "04368898000106",
  LIGHT_SESA: "60444437000146",
  CPFL_PAULISTA: "33050196000188",
}

/** One residential B1 tariff row as ANEEL publishes it (ENEL SP, 2025-07-04, open-ended). */
export function residentialRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...RESIDENTIAL_B1_CLASSIFICATION,
    SigAgente: "ENEL SP",
    NumCNPJDistribuidora: CNPJ.ENEL_SP,
    DscREH: "REH",
    DatGeracaoConjuntoDados: "2025-08-11",
    DatInicioVigencia: "2025-07-04",
    DatFimVigencia: null,
    DscUnidadeTerciaria: "MWh",
    SigAgenteAcessante: "Não se aplica",
    VlrTUSD: "400,00",
    VlrTE: "300,00",
    ...overrides,
  }
}
