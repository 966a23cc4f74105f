import { isValidCnpj, normalizeCpfCnpj } from "../identifiers"
import { AneelError, AneelErrorCode } from "./errors"
import { parseBrazilianNumber } from "./numbers"
import { comparisonKey } from "./text"

/**
 * ANEEL's "Tarifas de Aplicação" records (CKAN resource fcf2906c-...): parsing one row,
 * choosing the residential B1 tariff in force on a date, listing distributors and reading
 * what a user typed to name one. docs/aneel-draft.md explains the rules.
 */

/** The classification of the row a residential (B1, conventional) customer is billed by. */
export const RESIDENTIAL_B1_CLASSIFICATION = Object.freeze({
  DscBaseTarifaria: "Tarifa de Aplicação",
  DscSubGrupo: "B1",
  DscModalidadeTarifaria: "Convencional",
  DscClasse: "Residencial",
  // Other B1 residential subclasses are the subsidised low-income ("Baixa Renda") tariffs.
  DscSubClasse: "Residencial",
  DscDetalhe: "Não se aplica",
  NomPostoTarifario: "Não se aplica",
})

// Energy units the values may be published in, and the divisor that gives R$/kWh.
const ENERGY_UNIT_DIVISORS: Readonly<Record<string, number>> = Object.freeze({
  MWH: 1000,
  KWH: 1,
})

// SigAgenteAcessante holds a specific accessing agent only on tariffs that apply to that one
// agent; the general tariff leaves it empty or "Não se aplica".
const NOT_APPLICABLE = comparisonKey("Não se aplica")

export interface AneelTariffRecord {
  distributor_acronym: string
  /** 14 digits, left-padded when the source dropped leading zeros. */
  distributor_cnpj: string
  reh: string | null
  /** ISO date (YYYY-MM-DD), first day in force. */
  valid_from: string
  /** ISO date, last day in force (inclusive); null when open-ended. */
  valid_to: string | null
  tariff_base: string
  subgroup: string
  modality: string
  class: string
  subclass: string
  detail: string
  posto: string
  /** As published (DscUnidadeTerciaria): "MWh" for energy, "kW" for demand, ... */
  unit: string
  /** R$/kWh; null when the unit is not an energy unit or the value is empty. */
  tusd_brl_per_kwh: number | null
  te_brl_per_kwh: number | null
  /** The values as published, in R$ per `unit`. */
  tusd_value: number | null
  te_value: number | null
  accessing_agent: string | null
  /** ISO date of the dataset load (DatGeracaoConjuntoDados), when present. */
  generated_at: string | null
}

export interface ResidentialTariff {
  /** R$/kWh, 6 decimals, without taxes (ICMS, PIS/COFINS) or tariff flags. */
  te: number
  tusd: number
  /** te + tusd (of the rounded parts, so the three always add up). */
  total: number
  valid_from: string
  valid_to: string | null
  reh: string | null
  distributor_acronym: string
  distributor_cnpj: string
}

export interface AneelDistributor {
  cnpj: string
  /** The acronym on the distributor's newest record (acronyms change after mergers). */
  acronym: string
  /** Other acronyms its older records carry, sorted; a query by an old name still finds it. */
  former_acronyms: string[]
  latest_valid_from: string
}

export type DistributorFilter = { NumCNPJDistribuidora: string } | { SigAgente: string }

export type DistributorQuery =
  | { by: "cnpj"; value: string; filters: { NumCNPJDistribuidora: string } }
  | { by: "acronym"; value: string; filters: { SigAgente: string } }

function badRecord(message: string): AneelError {
  return new AneelError(AneelErrorCode.BAD_RECORD, message)
}

function asObject(record: unknown): Record<string, unknown> {
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    throw badRecord("An ANEEL record is not an object")
  }
  return record as Record<string, unknown>
}

function optionalText(record: Record<string, unknown>, field: string): string | null {
  const value = record[field]
  if (value === null || value === undefined) {
    return null
  }
  if (typeof value !== "string" && typeof value !== "number") {
    throw badRecord(`${field} is not text`)
  }
  const text = String(value).trim()
  return text === "" ? null : text
}

function requiredText(record: Record<string, unknown>, field: string): string {
  const text = optionalText(record, field)
  if (text === null) {
    throw badRecord(`${field} is missing`)
  }
  return text
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/**
 * An ANEEL date as ISO YYYY-MM-DD. The datastore publishes "2024-07-04" (sometimes with a
 * time part, which is dropped: validity is by calendar day); CSV exports use "04/07/2024".
 */
export function parseAneelDate(value: unknown, field = "date"): string | null {
  if (value === null || value === undefined) {
    return null
  }
  if (typeof value !== "string") {
    throw badRecord(`${field} is not text`)
  }
  const text = value.trim()
  if (text === "") {
    return null
  }
  let parts = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text)
  let year: number, month: number, day: number
  if (parts) {
    ;[year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])]
  } else {
    parts = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text)
    if (!parts) {
      throw badRecord(`${field} is not a date: "${text.slice(0, 40)}"`)
    }
    ;[day, month, year] = [Number(parts[1]), Number(parts[2]), Number(parts[3])]
  }
  if (!isCalendarDate(year, month, day)) {
    throw badRecord(`${field} is not a calendar date: "${text}"`)
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`
}

/**
 * A distributor's CNPJ from a record as 14 digits. Leading zeros are restored when the
 * value went through a numeric column ("4368898000106" is COPEL's 04.368.898/0001-06).
 */
function parseRecordCnpj(value: unknown): string {
  if (typeof value !== "string" && typeof value !== "number") {
    throw badRecord("NumCNPJDistribuidora is missing")
  }
  const digits = normalizeCpfCnpj(String(value))
  if (!/^\d{12,14}$/.test(digits)) {
    throw badRecord(`NumCNPJDistribuidora is not a CNPJ: "${String(value).slice(0, 40)}"`)
  }
  return digits.padStart(14, "0")
}

function parseValue(record: Record<string, unknown>, field: string): number | null {
  const value = record[field]
  if (value !== null && value !== undefined && typeof value !== "string" && typeof value !== "number") {
    throw badRecord(`${field} is not a number or text`)
  }
  return parseBrazilianNumber(value as string | number | null | undefined)
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals
  const rounded = Math.round(value * factor) / factor
  return rounded === 0 ? 0 : rounded
}

function perKwh(value: number | null, divisor: number | undefined): number | null {
  if (value === null || divisor === undefined) {
    return null
  }
  // 8 decimals drop the float noise of the division (274.38 / 1000) and nothing else:
  // ANEEL publishes at most 2 decimals in R$/MWh.
  return roundTo(value / divisor, 8)
}

/**
 * One raw record, typed. Values published per MWh are divided by 1000 to give R$/kWh;
 * rows in other units (kW for demand, ...) keep their values in `tusd_value`/`te_value`
 * and have null per-kWh values. Throws `aneel_bad_record` for a malformed row and
 * `aneel_invalid_number` for a value that is not a pt-BR number.
 */
export function parseTariffRecord(record: unknown): AneelTariffRecord {
  const row = asObject(record)
  const validFrom = parseAneelDate(row.DatInicioVigencia, "DatInicioVigencia")
  if (validFrom === null) {
    throw badRecord("DatInicioVigencia is missing")
  }
  const unit = optionalText(row, "DscUnidadeTerciaria") ?? ""
  const divisor = ENERGY_UNIT_DIVISORS[comparisonKey(unit)]
  const tusd = parseValue(row, "VlrTUSD")
  const te = parseValue(row, "VlrTE")
  return {
    distributor_acronym: requiredText(row, "SigAgente"),
    distributor_cnpj: parseRecordCnpj(row.NumCNPJDistribuidora),
    reh: optionalText(row, "DscREH"),
    valid_from: validFrom,
    valid_to: parseAneelDate(row.DatFimVigencia, "DatFimVigencia"),
    tariff_base: optionalText(row, "DscBaseTarifaria") ?? "",
    subgroup: optionalText(row, "DscSubGrupo") ?? "",
    modality: optionalText(row, "DscModalidadeTarifaria") ?? "",
    class: optionalText(row, "DscClasse") ?? "",
    subclass: optionalText(row, "DscSubClasse") ?? "",
    detail: optionalText(row, "DscDetalhe") ?? "",
    posto: optionalText(row, "NomPostoTarifario") ?? "",
    unit,
    tusd_brl_per_kwh: perKwh(tusd, divisor),
    te_brl_per_kwh: perKwh(te, divisor),
    tusd_value: tusd,
    te_value: te,
    accessing_agent: optionalText(row, "SigAgenteAcessante"),
    generated_at: parseAneelDate(row.DatGeracaoConjuntoDados, "DatGeracaoConjuntoDados"),
  }
}

/** Which tariff row: the CKAN classification fields (all seven, as published). */
export type TariffClassification = Readonly<Record<keyof typeof RESIDENTIAL_B1_CLASSIFICATION, string>>

/** What an API caller may choose; every field left out keeps the residential B1 value. */
export type TariffClassificationChoice = Partial<{
  subgroup: string
  modality: string
  class: string
  subclass: string
  detail: string
  posto: string
}>

/** The classification of a choice: residential B1 conventional where nothing is chosen. */
export function tariffClassification(choice: TariffClassificationChoice = {}): TariffClassification {
  const base = RESIDENTIAL_B1_CLASSIFICATION
  return Object.freeze({
    DscBaseTarifaria: base.DscBaseTarifaria,
    DscSubGrupo: choice.subgroup ?? base.DscSubGrupo,
    DscModalidadeTarifaria: choice.modality ?? base.DscModalidadeTarifaria,
    DscClasse: choice.class ?? base.DscClasse,
    DscSubClasse: choice.subclass ?? base.DscSubClasse,
    DscDetalhe: choice.detail ?? base.DscDetalhe,
    NomPostoTarifario: choice.posto ?? base.NomPostoTarifario,
  })
}

/**
 * CKAN filters that ask the server for one classification's rows only (a few per distributor
 * instead of hundreds), optionally narrowed to one distributor.
 */
export function tariffFilters(
  classification: TariffClassification,
  distributor?: DistributorFilter
): Record<string, string> {
  return { ...classification, ...(distributor ?? {}) }
}

/** The residential B1 conventional rows' filters (the default classification). */
export function residentialTariffFilters(distributor?: DistributorFilter): Record<string, string> {
  return tariffFilters(RESIDENTIAL_B1_CLASSIFICATION, distributor)
}

function fieldIs(row: Record<string, unknown>, field: string, expected: string): boolean {
  const value = row[field]
  return typeof value === "string" && comparisonKey(value) === comparisonKey(expected)
}

// Decided on the raw fields, so rows the selection ignores are never parsed and a malformed
// demand row cannot break a residential lookup.
function isEnergyRowOf(row: Record<string, unknown>, classification: TariffClassification): boolean {
  for (const [field, expected] of Object.entries(classification)) {
    if (!fieldIs(row, field, expected)) {
      return false
    }
  }
  const unit = row.DscUnidadeTerciaria
  if (typeof unit !== "string" || ENERGY_UNIT_DIVISORS[comparisonKey(unit)] === undefined) {
    return false
  }
  const agent = row.SigAgenteAcessante
  return (
    agent === null ||
    agent === undefined ||
    (typeof agent === "string" && (agent.trim() === "" || comparisonKey(agent) === NOT_APPLICABLE))
  )
}

/**
 * The calendar day of `at` in Brasília time: validity dates are Brazilian calendar days, so
 * 2025-07-04T01:00Z (22:00 on the 3rd in São Paulo) is still the 3rd.
 */
export function brazilianCalendarDay(at: Date): string {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    throw new AneelError(AneelErrorCode.INVALID_QUERY, "`at` must be a valid date")
  }
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/Sao_Paulo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at)
}

function isInForce(record: AneelTariffRecord, day: string): boolean {
  return record.valid_from <= day && (record.valid_to === null || day <= record.valid_to)
}

// Newest start first; a republished row of the same start (newer dataset load) next.
function newestFirst(a: AneelTariffRecord, b: AneelTariffRecord): number {
  if (a.valid_from !== b.valid_from) {
    return a.valid_from < b.valid_from ? 1 : -1
  }
  const generatedA = a.generated_at ?? ""
  const generatedB = b.generated_at ?? ""
  if (generatedA !== generatedB) {
    return generatedA < generatedB ? 1 : -1
  }
  return 0
}

/**
 * The residential B1 conventional tariff ("Tarifa de Aplicação", no detail, no time-of-use
 * posto) in force on `at`, or null when no row covers that day. Among overlapping rows the
 * latest DatInicioVigencia wins. `records` are raw CKAN records; when they span several
 * distributors, `distributor_cnpj` picks one (else `aneel_ambiguous_distributor`).
 */
export function selectResidentialTariff(
  records: readonly unknown[],
  options: { at: Date; distributor_cnpj?: string }
): ResidentialTariff | null {
  return selectTariff(records, { ...options, classification: RESIDENTIAL_B1_CLASSIFICATION })
}

/**
 * The energy tariff (R$/kWh) of one classification in force on `at`, chosen as the
 * residential one is: latest start wins on overlaps, a chosen row without TE or TUSD is an
 * error. Demand rows (kW) never match: they have no per-kWh value.
 */
export function selectTariff(
  records: readonly unknown[],
  options: { at: Date; distributor_cnpj?: string; classification: TariffClassification }
): ResidentialTariff | null {
  const day = brazilianCalendarDay(options.at)
  const wanted =
    options.distributor_cnpj === undefined ? null : normaliseCnpjInput(options.distributor_cnpj)

  let candidates = records
    .map(asObject)
    .filter((row) => isEnergyRowOf(row, options.classification))
    .map(parseTariffRecord)
  if (wanted !== null) {
    candidates = candidates.filter((record) => record.distributor_cnpj === wanted)
  } else if (new Set(candidates.map((record) => record.distributor_cnpj)).size > 1) {
    throw new AneelError(
      AneelErrorCode.AMBIGUOUS_DISTRIBUTOR,
      "The records hold several distributors: pass distributor_cnpj"
    )
  }

  const chosen = candidates.filter((record) => isInForce(record, day)).sort(newestFirst)[0]
  if (!chosen) {
    return null
  }
  if (chosen.te_brl_per_kwh === null || chosen.tusd_brl_per_kwh === null) {
    // Falling back to an older row would quote a tariff that is no longer in force.
    throw badRecord(
      `The ${chosen.subgroup} ${chosen.class} tariff of ${chosen.distributor_acronym} from ${chosen.valid_from} has no TE or TUSD`
    )
  }
  const te = roundTo(chosen.te_brl_per_kwh, 6)
  const tusd = roundTo(chosen.tusd_brl_per_kwh, 6)
  return {
    te,
    tusd,
    total: roundTo(te + tusd, 6),
    valid_from: chosen.valid_from,
    valid_to: chosen.valid_to,
    reh: chosen.reh,
    distributor_acronym: chosen.distributor_acronym,
    distributor_cnpj: chosen.distributor_cnpj,
  }
}

/**
 * Distinct distributors by CNPJ (acronyms change: the key does not), each with the acronym
 * of its newest record, sorted by acronym.
 */
export function listDistributors(records: readonly unknown[]): AneelDistributor[] {
  const newest = new Map<string, { acronym: string; valid_from: string; generated_at: string }>()
  const acronyms = new Map<string, Set<string>>()
  for (const record of records) {
    const row = asObject(record)
    const cnpj = parseRecordCnpj(row.NumCNPJDistribuidora)
    const acronym = requiredText(row, "SigAgente")
    const validFrom = parseAneelDate(row.DatInicioVigencia, "DatInicioVigencia") ?? ""
    const generatedAt = parseAneelDate(row.DatGeracaoConjuntoDados, "DatGeracaoConjuntoDados") ?? ""
    const seen = acronyms.get(cnpj) ?? new Set<string>()
    acronyms.set(cnpj, seen.add(acronym))
    const current = newest.get(cnpj)
    if (
      !current ||
      validFrom > current.valid_from ||
      (validFrom === current.valid_from && generatedAt > current.generated_at)
    ) {
      newest.set(cnpj, { acronym, valid_from: validFrom, generated_at: generatedAt })
    }
  }
  return [...newest.entries()]
    .map(([cnpj, entry]) => ({
      cnpj,
      acronym: entry.acronym,
      former_acronyms: [...(acronyms.get(cnpj) ?? [])]
        .filter((acronym) => acronym !== entry.acronym)
        .sort((a, b) => a.localeCompare(b, "pt-BR")),
      latest_valid_from: entry.valid_from,
    }))
    .sort((a, b) => a.acronym.localeCompare(b.acronym, "pt-BR") || a.cnpj.localeCompare(b.cnpj))
}

function normaliseCnpjInput(text: string): string {
  const digits = normalizeCpfCnpj(text)
  if (!/^\d{14}$/.test(digits) || !isValidCnpj(digits)) {
    throw new AneelError(AneelErrorCode.INVALID_CNPJ, `Not a valid CNPJ: "${String(text).slice(0, 40)}"`)
  }
  return digits
}

const MAX_QUERY_LENGTH = 80
// Only digits and CNPJ punctuation: the user meant a CNPJ, right or wrong.
const CNPJ_LIKE = /^[\d.\-/\s]+$/
// ANEEL acronyms: letters (accented too), digits, spaces and a little punctuation.
const ACRONYM = /^[\p{L}\p{N}][\p{L}\p{N}\s.\-/&()']*$/u

/**
 * What a user typed to name a distributor: a CNPJ (formatted or bare, check digits
 * verified) or an acronym. `value` is the comparison key (14 digits, or the acronym without
 * accents, upper case, separators as single spaces) and `filters` the CKAN filter to send.
 * The SigAgente filter is an exact, case- and accent-sensitive match upstream, so it is only
 * a best effort (the typed acronym, trimmed and upper-cased); resolve an acronym with
 * `findDistributor` over `listDistributors` and filter by its CNPJ where possible.
 */
export function normaliseDistributorQuery(text: string): DistributorQuery {
  if (typeof text !== "string") {
    throw new AneelError(AneelErrorCode.INVALID_QUERY, "A distributor CNPJ or acronym is required")
  }
  const trimmed = text.trim().replace(/\s+/g, " ")
  if (trimmed === "") {
    throw new AneelError(AneelErrorCode.INVALID_QUERY, "A distributor CNPJ or acronym is required")
  }
  if (trimmed.length > MAX_QUERY_LENGTH) {
    throw new AneelError(AneelErrorCode.INVALID_QUERY, "A distributor query is at most 80 characters")
  }
  if (CNPJ_LIKE.test(trimmed)) {
    const cnpj = normaliseCnpjInput(trimmed)
    return { by: "cnpj", value: cnpj, filters: { NumCNPJDistribuidora: cnpj } }
  }
  if (!ACRONYM.test(trimmed)) {
    throw new AneelError(
      AneelErrorCode.INVALID_QUERY,
      `Not a distributor acronym or CNPJ: "${trimmed.slice(0, 40)}"`
    )
  }
  return {
    by: "acronym",
    value: comparisonKey(trimmed),
    filters: { SigAgente: trimmed.toLocaleUpperCase("pt-BR") },
  }
}

/**
 * The distributor a query names, among those `listDistributors` found; null if none. A
 * current acronym wins over a former one (acronyms are reused after mergers).
 */
export function findDistributor(
  distributors: readonly AneelDistributor[],
  query: DistributorQuery
): AneelDistributor | null {
  if (query.by === "cnpj") {
    return distributors.find((distributor) => distributor.cnpj === query.value) ?? null
  }
  return (
    distributors.find((distributor) => comparisonKey(distributor.acronym) === query.value) ??
    distributors.find((distributor) =>
      distributor.former_acronyms.some((acronym) => comparisonKey(acronym) === query.value)
    ) ??
    null
  )
}
