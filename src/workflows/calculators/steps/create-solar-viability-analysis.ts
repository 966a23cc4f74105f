import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  asInvalidData,
  SOLAR360_MODULE,
  type IdempotencyInput,
  type SavedWithToken,
  type Solar360ModuleService,
} from "../../../modules/solar360"
import { dayInTimeZone } from "../../../lib/analytics/reports"
import { CalculatorViewer } from "../../../lib/calculators"
import { analyzeSolarViability, ConnectionType } from "../../../lib/solar"
import { resolveSolarData } from "../solar-data-sources"

export type CreateSolarViabilityAnalysisInput = {
  analysis: {
    monthly_consumption_kwh?: number | null
    monthly_bill_brl?: number | null
    tariff_kwh_brl?: number | null
    utility_company?: string | null
    state: string
    city?: string | null
    connection_type: ConnectionType
    roof_area_m2?: number | null
    latitude?: number | null
    longitude?: number | null
    panel_wattage?: number | null
    grandfathered?: boolean
    /** Expected grid connection (YYYY-MM-DD); default: today + the connection_lead_days assumption. */
    expected_connection_date?: string | null
    /** A real quote's total, when the store has one; else R$/Wp x size. */
    total_investment_brl?: number | null
  }
  quote_id?: string | null
  solar_calculation_id?: string | null
  session_id?: string | null
  viewer: CalculatorViewer
  /** The Idempotency-Key and its caller: a retry by the same caller answers the first record. */
  idempotency?: IdempotencyInput | null
}

export const createSolarViabilityAnalysisStep = createStep(
  "create-solar-viability-analysis",
  async (input: CreateSolarViabilityAnalysisInput, { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const { latitude, longitude, ...analysis } = input.analysis
    const data = await resolveSolarData(container, { ...analysis, latitude, longitude })
    const today = dayInTimeZone(new Date(), solar360.options.reportTimezone)
    // Everything is computed before anything is written: refused input stores nothing.
    const { cash_flow, assumptions, ...result } = asInvalidData(() =>
      analyzeSolarViability(
        // Billing starts in the month of the expected connection (today + the lead time unless
        // the request names it); the cash-vs-financed loans are released today.
        { ...analysis, ...data, request_date: today, financing_release_date: today },
        solar360.options.solarAssumptions
      )
    )
    const saved = await solar360.saveWithToken(
      "solar_viability_analysis",
      {
        ...result,
        cash_flow,
        assumptions: data.sources ? { ...assumptions, data_sources: data.sources } : assumptions,
        connection_type: analysis.connection_type,
        roof_area_available_m2: analysis.roof_area_m2 ?? null,
        latitude: latitude ?? null,
        longitude: longitude ?? null,
        grandfathered: analysis.grandfathered === true,
        quote_id: input.quote_id ?? null,
        solar_calculation_id: input.solar_calculation_id ?? null,
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
    await container.resolve<Solar360ModuleService>(SOLAR360_MODULE).revertSaveWithToken("solar_viability_analysis", saved.id)
  }
)
