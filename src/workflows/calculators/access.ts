import { CalculatorViewer, canViewCalculation } from "../../lib/calculators"
import { notFound } from "../../modules/solar360"
import type { Solar360ModuleService } from "../../modules/solar360"
import type { CalculationKind } from "../shared/save-with-token"

const LABEL: Record<CalculationKind, string> = {
  financing_simulation: "Financing simulation",
  solar_viability_analysis: "Solar viability analysis",
}

/**
 * Loads a saved calculation the viewer may see (its customer, or the holder of its resume
 * token). Anyone else gets the same 404 as for an id that does not exist, so ids and
 * tokens cannot be probed.
 */
export async function retrieveViewableCalculation<T extends Record<string, any> = Record<string, any>>(
  solar360: Solar360ModuleService,
  kind: CalculationKind,
  id: string,
  viewer: CalculatorViewer,
  select: string[] = []
): Promise<T> {
  const fields = [...new Set(["id", "customer_id", "resume_token_hash", ...select])]
  const filters = { id }
  const [record] = (
    kind === "financing_simulation"
      ? await solar360.listFinancingSimulations(filters, { select: fields })
      : await solar360.listSolarViabilityAnalyses(filters, { select: fields })
  ) as unknown as T[]
  if (!record || !canViewCalculation(record, viewer)) {
    throw notFound(`${LABEL[kind]} with id "${id}" was not found`)
  }
  return record
}
