import { readFileSync } from "fs"
import { join } from "path"

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
