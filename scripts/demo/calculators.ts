// The calculators' side of the demo: the ANEEL and pvlib caches filled through the module's
// cache service (as a real upstream answer would fill them, same keys), viability analyses
// and financing simulations through their workflows (the ANEEL tariff then comes from the
// cache), acceptances and credit analyses through theirs, and roof (photogrammetry) analyses,
// which need Google's paid API, through the generated service as a finished lookup stores them.
import type { MedusaContainer } from "@medusajs/framework/types"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../src/modules/solar360"
import { tariffRowsRequest } from "../../src/modules/solar360/clients/aneel"
import { normalisePvlibRequest, PVLIB_YIELD_KIND } from "../../src/modules/solar360/clients/pvlib"
import { RESIDENTIAL_B1_CLASSIFICATION } from "../../src/lib/aneel"
import {
  acceptFinancingSimulationWorkflow,
  createFinancingSimulationWorkflow,
  createSolarViabilityAnalysisWorkflow,
  recordCreditAnalysisWorkflow,
} from "../../src/workflows"
import { DEMO_CITIES, type DemoCity } from "./catalog"
import { DEMO_CONCURRENCY, mapLimit } from "./concurrency"
import type { DemoLead } from "./leads"
import { daysAgo, type DemoRandom } from "./random"

const DAY_MS = 86_400_000
const brazilianDecimal = (value: number) => value.toFixed(2).replace(".", ",")

export async function seedCaches(container: MedusaContainer, random: DemoRandom, anchor: Date) {
  const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
  const options = solar360.options
  const config = { baseUrl: options.aneelBaseUrl, resourceId: options.aneelTariffResourceId, timeoutMs: options.upstreamTimeoutMs }
  const aneelOptions = {
    ttlMs: options.aneelCacheTtlDays * DAY_MS,
    negativeTtlMs: options.negativeCacheTtlHours * 3_600_000,
    staleIfErrorMs: options.staleIfErrorHours * 3_600_000,
  }
  const validFrom = daysAgo(anchor, 150).toISOString().slice(0, 10)
  const distributors = [...new Map(DEMO_CITIES.map((city) => [city.distributor_cnpj, city])).values()]
  // Rows shaped as ANEEL's CKAN datastore publishes them (R$/MWh, decimal comma).
  const rowOf = (city: DemoCity, index: number) => ({
    _id: 900_000 + index,
    DatGeracaoConjuntoDados: validFrom,
    DscREH: "RESOLUÇÃO HOMOLOGATÓRIA (dados de demonstração)",
    SigAgente: city.distributor,
    NumCNPJDistribuidora: city.distributor_cnpj,
    DatInicioVigencia: validFrom,
    DatFimVigencia: null,
    ...RESIDENTIAL_B1_CLASSIFICATION,
    DscUnidadeTerciaria: "MWh",
    SigAgenteAcessante: "Não se aplica",
    VlrTUSD: brazilianDecimal(city.tariff * 1000 * 0.58),
    VlrTE: brazilianDecimal(city.tariff * 1000 * 0.42),
  })
  const rows = distributors.map(rowOf)
  let entries = 0
  await solar360.getOrFetch("aneel_cache", "distributors", tariffRowsRequest(config), async () => ({ found: true, value: rows }), aneelOptions)
  entries++
  for (const [index, city] of distributors.entries()) {
    const filter = { NumCNPJDistribuidora: city.distributor_cnpj }
    await solar360.getOrFetch("aneel_cache", "tariffs", tariffRowsRequest(config, filter), async () => ({ found: true, value: [rowOf(city, index)] }), aneelOptions)
    entries++
  }
  const pvlibOptions = {
    ttlMs: options.pvlibCacheTtlDays * DAY_MS,
    negativeTtlMs: options.negativeCacheTtlHours * 3_600_000,
    staleIfErrorMs: options.staleIfErrorHours * 3_600_000,
  }
  for (const city of DEMO_CITIES) {
    const request = normalisePvlibRequest({
      latitude: city.latitude,
      longitude: city.longitude,
      tilt_degrees: Math.round(Math.abs(city.latitude) * 10) / 10,
      azimuth_degrees: 0,
      system_kwp: 1,
      losses_percent: 14.08,
    })
    // Yield per kWp in Brazil: about 1,300 (South) to 1,600 kWh/year (Northeast), more in summer.
    const annual = Math.round(1650 - Math.abs(city.latitude) * 11 + random.int(-30, 30))
    const season = [1.1, 1.05, 1.02, 0.95, 0.88, 0.82, 0.86, 0.94, 0.98, 1.06, 1.1, 1.12]
    const total = season.reduce((sum, factor) => sum + factor, 0)
    const monthly = season.map((factor) => Math.round(((annual * factor) / total) * 10) / 10)
    await solar360.getOrFetch("pvlib_cache", PVLIB_YIELD_KIND, request, async () => ({ found: true, value: { annual_ac_kwh: annual, monthly_ac_kwh: monthly } }), pvlibOptions)
    entries++
  }
  // The caches dashboard's history: the counters of the 29 days before today, as a store with
  // steady traffic would have them (the lookups above counted today's). A fixed curve, not the
  // shared random sequence, so the rest of the demo stays as it was.
  const history = Array.from({ length: 29 }, (_, index) => {
    const day = daysAgo(anchor, index + 1).toISOString().slice(0, 10)
    const wave = 1 + 0.5 * Math.sin(index / 3)
    return [
      { cache_table: "aneel_cache", kind: "tariffs", day, hits: Math.round(40 * wave), upstream_calls: 2 + (index % 3), stale_serves: index % 9 === 4 ? 3 : 0, upstream_errors: index % 9 === 4 ? 3 : 0 },
      { cache_table: "pvlib_cache", kind: PVLIB_YIELD_KIND, day, hits: Math.round(25 * wave), upstream_calls: 4 + (index % 4), stale_serves: 0, upstream_errors: index % 11 === 7 ? 1 : 0 },
    ]
  }).flat()
  await solar360.createUpstreamCacheDailyStats(history)
  return { entries }
}

export async function seedCalculators(
  container: MedusaContainer,
  random: DemoRandom,
  input: { anchor: Date; leads: DemoLead[]; sessions: Array<{ session_id: string }> }
) {
  const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
  const counts = { viability: 0, refused: 0, financing: 0, accepted: 0, credit: 0, photogrammetry: 0 }
  const withCustomer = input.leads.filter((lead) => lead.customer_id)

  // Every random draw first, in order; the calculations are then written eight at a time.
  const plans = Array.from({ length: 24 }, (_, index) => {
    const lead = index < withCustomer.length ? withCustomer[index] : null
    const city = random.pick(DEMO_CITIES)
    const analysis = {
      analysis: {
        // Only the bill: the tariff comes from ANEEL through the (seeded) cache.
        monthly_bill_brl: random.int(220, 1600),
        utility_company: city.distributor_cnpj,
        state: city.state,
        city: city.city,
        connection_type: random.weighted([["mono", 3], ["bi", 3], ["tri", 2]] as const),
        roof_area_m2: random.int(25, 120),
        latitude: city.latitude,
        longitude: city.longitude,
      },
      session_id: lead?.session_id ?? random.pick(input.sessions).session_id,
      viewer: { customer_id: lead?.customer_id ?? null },
    }
    const systemCost = random.int(14, 45) * 1000
    const financing =
      index % 4 !== 3
        ? {
            request: {
              system_cost: systemCost,
              down_payment: random.pick([0, 0, 2000, 5000]),
              term_months: random.pick([36, 48, 60, 72]),
              rate_percent: random.float(1.29, 1.99),
              rate_period: "monthly" as const,
              person_type: "PF" as const,
              fees: { tac: random.pick([0, 350, 500]) },
              insurance_amount: random.pick([0, 180]),
              // IOF paid upfront: financing it does not converge for some amounts (finance_did_not_converge).
              costs_financed: false,
            },
            bank: random.pick(["BV Financeira", "Santander", "Banco do Brasil", "Sicredi", "Solfácil"]),
            product: "CDC Energia Solar",
            session_id: lead?.session_id ?? null,
          }
        : null
    const accept = lead?.customer_id && random.chance(0.75) ? random.pick(["Menor parcela", "Prazo maior", "Banco de confiança"]) : null
    const credit = accept && random.chance(0.7) ? (random.chance(0.7) ? ("approved" as const) : ("rejected" as const)) : null
    return { lead, analysis, systemCost, financing, accept, credit }
  })

  await mapLimit(plans, DEMO_CONCURRENCY, async (plan) => {
    const analysis = await createSolarViabilityAnalysisWorkflow(container)
      .run({ input: plan.analysis })
      .then(({ result }) => result)
      // Some sizes hit a known limit of the financing scenario (its financed IOF does not
      // converge for an 84-month loan): the analysis is refused (400) and the demo skips it.
      .catch((error) => {
        if ((error as { code?: string }).code === "solar_invalid_assumption") {
          counts.refused++
          return null
        }
        throw error
      })
    if (!analysis) {
      return
    }
    counts.viability++
    if (!plan.financing) {
      return
    }
    const customer_id = plan.lead?.customer_id ?? null
    const { result: simulation } = await createFinancingSimulationWorkflow(container).run({
      input: {
        ...plan.financing,
        solar_viability_analysis_id: analysis.id,
        viewer: { customer_id, viability_resume_token: analysis.resume_token },
      },
    })
    counts.financing++
    if (!plan.accept || !customer_id) {
      return
    }
    await acceptFinancingSimulationWorkflow(container).run({ input: { id: simulation.id, viewer: { customer_id }, chosen_reason: plan.accept } })
    counts.accepted++
    if (!plan.credit) {
      return
    }
    await recordCreditAnalysisWorkflow(container).run({ input: { id: simulation.id, analysis: { status: "analyzing", submitted_to_bank: true } } })
    await recordCreditAnalysisWorkflow(container).run({
      input: {
        id: simulation.id,
        analysis:
          plan.credit === "approved"
            ? { status: "approved", approved_amount: plan.systemCost, approved_term_months: 60, approved_rate_annual: 19.5 }
            : { status: "rejected", rejection_reason: "Comprometimento de renda acima do limite do banco" },
      },
    })
    counts.credit++
  })

  // Roof analyses as a finished Google Solar lookup stores them (no paid call in a demo).
  const statuses = ["completed", "completed", "completed", "completed", "completed", "failed", "processing"] as const
  const roofs = Array.from({ length: 14 }, (_, index) => {
    const city = random.pick(DEMO_CITIES)
    const lead = withCustomer[index]
    const status = random.pick(statuses)
    const area = random.float(40, 180, 1)
    const panels = Math.floor((area * 0.6) / 2.6)
    const completedAt = daysAgo(input.anchor, random.int(1, 55), random.float(11, 22))
    return {
      address: `${random.faker.location.street()}, ${random.int(10, 2500)} - ${city.city}/${city.state}`,
      latitude: city.latitude + random.float(-0.05, 0.05, 4),
      longitude: city.longitude + random.float(-0.05, 0.05, 4),
      city: city.city,
      state: city.state,
      zip_code: city.zip,
      input_source: "google_maps" as const,
      provider: "google_solar",
      status,
      customer_id: lead?.customer_id ?? null,
      processing_started_at: completedAt,
      processing_completed_at: status === "processing" ? null : completedAt,
      processing_time_ms: random.int(900, 4200),
      cost_usd: 0.075,
      api_calls_count: 1,
      error_message: status === "failed" ? "Imagery not available for this location" : null,
      ...(status === "completed"
        ? {
            total_roof_area_m2: area,
            usable_area_m2: Math.round(area * 0.6 * 10) / 10,
            orientation: random.pick(["N", "NE", "NO", "L", "O"]),
            azimuth_degrees: random.int(0, 359),
            tilt_degrees: random.int(5, 30),
            annual_shade_percentage: random.float(2, 18, 1),
            recommended_panel_count: panels,
            recommended_system_size_kwp: Math.round(panels * 0.55 * 100) / 100,
            max_panel_count: panels,
            panel_capacity_watts: 550,
            imagery_quality: random.pick(["HIGH", "MEDIUM"]),
            confidence_score: random.float(0.7, 0.98),
          }
        : {}),
      cache_level: "provider",
      expires_at: new Date(completedAt.getTime() + 90 * DAY_MS),
    }
  })
  await solar360.createPhotogrammetryAnalyses(roofs as any)
  counts.photogrammetry = roofs.length
  return counts
}
