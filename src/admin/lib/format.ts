import { useMemo } from "react"
import { useTranslation } from "react-i18next"

/**
 * The dashboard's language codes (`ptBR`, `enGB`, ...) as BCP 47 locales for `Intl`.
 * Unknown codes fall back to English as the dashboard itself does.
 */
export function localeOf(language: string | undefined): string {
  switch (language) {
    case "ptBR":
    case "pt-BR":
      return "pt-BR"
    case "ptPT":
      return "pt-PT"
    case "enGB":
      return "en-GB"
    case undefined:
    case "":
      return "en-US"
    default:
      return language.includes("-") ? language : language === "en" ? "en-US" : language
  }
}

export type Formatters = ReturnType<typeof createFormatters>

/** Numbers, R$ amounts, percentages and dates in one locale, so every screen agrees. */
export function createFormatters(locale: string) {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })
  const brl = new Intl.NumberFormat(locale, { style: "currency", currency: "BRL" })
  // Model costs are priced and logged in US dollars (fractions of a cent per answer).
  const usd = new Intl.NumberFormat(locale, { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 4 })
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 })
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" })
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" })
  const asDate = (value: string | number | Date) => (value instanceof Date ? value : new Date(value))
  const isMissing = (value: unknown) =>
    value === null || value === undefined || value === "" || Number.isNaN(Number(value))
  return {
    locale,
    integer: (value: number | string | null | undefined) => (isMissing(value) ? "–" : integer.format(Number(value))),
    decimal: (value: number | string | null | undefined) => (isMissing(value) ? "–" : decimal.format(Number(value))),
    /** R$ whatever the admin's language: the store sells in Brazil. */
    currency: (value: number | string | null | undefined) => (isMissing(value) ? "–" : brl.format(Number(value))),
    /** US$ with up to 4 decimals: what the assistant's model calls cost, as logged. */
    usd: (value: number | string | null | undefined) => (isMissing(value) ? "–" : usd.format(Number(value))),
    /** A ratio (0.25) as a percentage (25%). */
    percent: (value: number | null | undefined) => (isMissing(value) ? "–" : percent.format(Number(value))),
    date: (value: string | number | Date | null | undefined) =>
      value === null || value === undefined || value === "" ? "–" : date.format(asDate(value)),
    dateTime: (value: string | number | Date | null | undefined) =>
      value === null || value === undefined || value === "" ? "–" : dateTime.format(asDate(value)),
    /** A size on disk in bytes, in the largest unit that keeps it at or above 1 (kB, MB, GB: powers of 1000). */
    bytes: (value: number | string | null | undefined) => {
      if (isMissing(value)) {
        return "–"
      }
      let size = Number(value)
      let unit = 0
      while (Math.abs(size) >= 1000 && unit < BYTE_UNITS.length - 1) {
        size /= 1000
        unit++
      }
      return new Intl.NumberFormat(locale, { style: "unit", unit: BYTE_UNITS[unit], maximumFractionDigits: unit === 0 ? 0 : 1 }).format(size)
    },
  }
}

const BYTE_UNITS = ["byte", "kilobyte", "megabyte", "gigabyte", "terabyte"]

/** The formatters for the admin's chosen language (its own language setting). */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation()
  const locale = localeOf(i18n.language)
  return useMemo(() => createFormatters(locale), [locale])
}
