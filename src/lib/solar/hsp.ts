import { SolarInputError, SolarInputErrorCode } from "./errors"

/**
 * Peak sun hours (kWh/m2/day on the panel plane) by state, for when nothing better is known.
 * The domain reference lists 16 capitals; sources disagree by 0.3-0.5 h, so a result built
 * on this table says so (`source`) and a site-specific value (PVGIS, Google Solar, a survey)
 * should be passed as `hsp_kwh_m2_day` whenever one exists: that is the seam for real
 * irradiance data.
 */

export const BRAZILIAN_STATES = [
  "AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA",
  "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO",
] as const

export type BrazilianState = (typeof BRAZILIAN_STATES)[number]

/** The domain reference's capitals, keyed by their state. */
export const CAPITAL_HSP: Readonly<Record<string, { city: string; hsp: number }>> = Object.freeze({
  AM: { city: "Manaus", hsp: 4.4 },
  PA: { city: "Belém", hsp: 4.7 },
  CE: { city: "Fortaleza", hsp: 5.6 },
  RN: { city: "Natal", hsp: 5.6 },
  PI: { city: "Teresina", hsp: 5.7 },
  PE: { city: "Recife", hsp: 5.3 },
  BA: { city: "Salvador", hsp: 5.2 },
  DF: { city: "Brasília", hsp: 5.2 },
  GO: { city: "Goiânia", hsp: 5.3 },
  MT: { city: "Cuiabá", hsp: 5.2 },
  MG: { city: "Belo Horizonte", hsp: 5.1 },
  RJ: { city: "Rio de Janeiro", hsp: 4.5 },
  SP: { city: "São Paulo", hsp: 4.6 },
  PR: { city: "Curitiba", hsp: 4.4 },
  SC: { city: "Florianópolis", hsp: 4.3 },
  RS: { city: "Porto Alegre", hsp: 4.4 },
})

/**
 * States whose capital the reference does not list borrow the nearest listed capital
 * (great-circle distance between capitals; the unit tests recompute it):
 * - AC Rio Branco -> Manaus (~1,150 km; Cuiabá ~1,410 km). Both Amazonian.
 * - RO Porto Velho -> Manaus (~760 km; Cuiabá ~1,130 km).
 * - RR Boa Vista -> Manaus (~660 km).
 * - AP Macapá -> Belém (~330 km), same Amazon-estuary climate.
 * - TO Palmas -> Brasília (~620 km). The only one that crosses a region: the nearest
 *   North capital listed, Belém, is ~970 km away on the humid coast, while Palmas is
 *   Cerrado like the Central-West, so distance and climate agree on Brasília.
 * - MA São Luís -> Teresina (~330 km; Belém ~480 km).
 * - PB João Pessoa -> Recife (~105 km; Natal ~150 km).
 * - AL Maceió -> Recife (~200 km; Salvador ~370 km).
 * - SE Aracaju -> Salvador (~270 km; Recife ~400 km).
 * - ES Vitória -> Belo Horizonte (~380 km; Rio de Janeiro ~410 km).
 * - MS Campo Grande -> Cuiabá (~560 km; Goiânia ~700 km).
 */
export const REGIONAL_FALLBACK: Readonly<Record<string, { capital: string; borrowed_from: string }>> =
  Object.freeze({
    AC: { capital: "Rio Branco", borrowed_from: "AM" },
    RO: { capital: "Porto Velho", borrowed_from: "AM" },
    RR: { capital: "Boa Vista", borrowed_from: "AM" },
    AP: { capital: "Macapá", borrowed_from: "PA" },
    TO: { capital: "Palmas", borrowed_from: "DF" },
    MA: { capital: "São Luís", borrowed_from: "PI" },
    PB: { capital: "João Pessoa", borrowed_from: "PE" },
    AL: { capital: "Maceió", borrowed_from: "PE" },
    SE: { capital: "Aracaju", borrowed_from: "BA" },
    ES: { capital: "Vitória", borrowed_from: "MG" },
    MS: { capital: "Campo Grande", borrowed_from: "MT" },
  })

export type HspSource = "provided" | "capital_table" | "regional_fallback"

export interface HspResolution {
  hsp: number
  source: HspSource
  state: BrazilianState
  /** The capital whose value was used (null when the caller provided the HSP). */
  reference_city: string | null
  /** For a regional fallback, the state whose capital lent its value. */
  borrowed_from_state: string | null
}

/** Upper-cases and checks a UF; unknown states are bad input, not a silent default. */
export function normalizeState(state: unknown): BrazilianState {
  const uf = typeof state === "string" ? state.trim().toUpperCase() : ""
  if (!(BRAZILIAN_STATES as readonly string[]).includes(uf)) {
    throw new SolarInputError(
      SolarInputErrorCode.UNKNOWN_STATE,
      `Unknown Brazilian state (UF) ${JSON.stringify(state)}; expected a two-letter code such as SP`
    )
  }
  return uf as BrazilianState
}

/** The state's HSP from the fallback table, or `provided` when the caller knows better. */
export function resolveHsp(state: unknown, provided?: number | null): HspResolution {
  const uf = normalizeState(state)
  if (provided !== undefined && provided !== null) {
    // Brazil's best sites reach ~6.5 h; anything outside (0, 12] is a unit mistake.
    if (!Number.isFinite(provided) || provided <= 0 || provided > 12) {
      throw new SolarInputError(
        SolarInputErrorCode.INVALID_HSP,
        `HSP must be in (0, 12] kWh/m2/day, got ${String(provided)}`
      )
    }
    return { hsp: provided, source: "provided", state: uf, reference_city: null, borrowed_from_state: null }
  }
  const own = CAPITAL_HSP[uf]
  if (own) {
    return { hsp: own.hsp, source: "capital_table", state: uf, reference_city: own.city, borrowed_from_state: null }
  }
  const fallback = REGIONAL_FALLBACK[uf]
  const lender = CAPITAL_HSP[fallback.borrowed_from]
  return {
    hsp: lender.hsp,
    source: "regional_fallback",
    state: uf,
    reference_city: lender.city,
    borrowed_from_state: fallback.borrowed_from,
  }
}
