import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  asInvalidData,
  SOLAR360_MODULE,
  type IdempotencyInput,
  type SavedWithToken,
  type Solar360ModuleService,
} from "../../../modules/solar360"
import { dayInTimeZone } from "../../../lib/analytics/reports"
import {
  buildFinancingSimulation,
  CalculatorViewer,
  FinancingRequest,
  ProjectedSavings,
} from "../../../lib/calculators"

export type CreateFinancingSimulationInput = {
  /** release_date (YYYY-MM-DD; workflow input is serialised, so not a Date) defaults to today. */
  request: Omit<FinancingRequest, "release_date"> & { release_date?: string | null }
  bank?: string | null
  product?: string | null
  bank_url?: string | null
  quote_id?: string | null
  solar_calculation_id?: string | null
  solar_viability_analysis_id?: string | null
  session_id?: string | null
  /** Who asks: the simulation belongs to this customer, and may link only analyses they can see. */
  viewer: CalculatorViewer & { viability_resume_token?: string | null }
  /** The Idempotency-Key and its caller: a retry by the same caller answers the first record. */
  idempotency?: IdempotencyInput | null
}

type CashFlowRow = { year: number; net_cash_flow_brl: number }

function releaseDate(day: string | null | undefined, timeZone: string): Date {
  return new Date(`${day ?? dayInTimeZone(new Date(), timeZone)}T00:00:00Z`)
}

async function savingsOfAnalysis(
  solar360: Solar360ModuleService,
  id: string,
  viewer: CreateFinancingSimulationInput["viewer"]
): Promise<ProjectedSavings> {
  const analysis = await solar360.retrieveViewableCalculation(
    "solar_viability_analysis",
    id,
    { customer_id: viewer.customer_id, resume_token: viewer.viability_resume_token },
    ["monthly_savings_brl", "cash_flow"]
  )
  const rows = ((analysis.cash_flow as CashFlowRow[] | null) ?? []).filter((row) => row.year >= 1)
  return {
    monthly_savings_brl: Number(analysis.monthly_savings_brl ?? 0),
    yearly_net_savings_brl: rows.map((row) => row.net_cash_flow_brl),
  }
}

export const createFinancingSimulationStep = createStep(
  "create-financing-simulation",
  async (input: CreateFinancingSimulationInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const { financing } = solar360.options
    const savings = input.solar_viability_analysis_id
      ? await savingsOfAnalysis(solar360, input.solar_viability_analysis_id, input.viewer)
      : null
    // Everything is computed before anything is written: refused input stores nothing.
    const columns = asInvalidData(() =>
      buildFinancingSimulation(
        { ...input.request, release_date: releaseDate(input.request.release_date, solar360.options.reportTimezone) },
        {
          max_term_months: financing.maxTermMonths,
          max_monthly_rate_percent: financing.maxMonthlyRatePercent,
          standard_terms_months: financing.standardTermsMonths,
          iof_rates: financing.iofRates,
        },
        savings
      )
    )
    const saved = await solar360.saveWithToken(
      "financing_simulation",
      {
        ...columns,
        bank: input.bank ?? null,
        product: input.product ?? null,
        bank_url: input.bank_url ?? null,
        quote_id: input.quote_id ?? null,
        solar_calculation_id: input.solar_calculation_id ?? null,
        solar_viability_analysis_id: input.solar_viability_analysis_id ?? null,
        session_id: input.session_id ?? null,
        customer_id: input.viewer.customer_id ?? null,
      },
      input.idempotency
    )
    return new StepResponse(saved, saved)
  },
  async (saved: SavedWithToken | undefined, { container }) => {
    if (!saved?.created) {
      return
    }
    await container.resolve<Solar360ModuleService>(SOLAR360_MODULE).revertSaveWithToken("financing_simulation", saved.id)
  }
)
