// The cookieless form of analytics (items whose visitor refused analytics consent), described
// for the data-practices answer from the very constants `applyConsent` strips by, so the
// privacy notice cannot drift from what is stored.
import {
  CLICK_ID_FIELDS,
  COOKIELESS_DROPPED_FIELDS,
  COOKIELESS_JSON_FIELDS,
  COOKIELESS_TEXT_FIELDS,
  COOKIELESS_URL_FIELDS,
} from "../analytics/consent"
import type { Language } from "./data-practices"

/** Columns the server itself leaves empty on a cookieless row (they identify the sender). */
export const COOKIELESS_SERVER_DROPPED_FIELDS = [
  "customer_id",
  "ip_hash",
  "city",
  "device_brand",
  "device_model",
  "browser_version",
  "os_version",
] as const

export type CookielessPractice = {
  /** Where the storefront states consent: `consent: { analytics, marketing? }` on each item. */
  consent_field: "consent"
  /** How an item without `consent` counts (option `analytics.requireConsent`). */
  missing_consent: "granted" | "refused"
  applies_to: Array<"event" | "catalog_access_log">
  description: string
  dropped_fields: string[]
  query_string_removed_from: string[]
  identifiers_removed_from: string[]
  kept_fields: string[]
  time_precision: "hour"
  /** Kept per item: a random id per event, so a retried send is stored once. Links nothing. */
  message_id_kept: true
  retention_days: { event: number | null; catalog_access_log: number | null }
  /** Dropped whenever marketing is refused, and always in the cookieless form. */
  marketing_refused_drops: string[]
}

const DESCRIPTION: Record<Language, string> = {
  "pt-BR":
    "Sem consentimento de análise, o evento é guardado só para contagens agregadas: sem identificador anônimo, de sessão ou de cliente, sem hash de IP, com a hora arredondada, URLs sem parâmetros e dados pessoais removidos do texto. Não é possível ligá-lo a você nem aos seus outros eventos.",
  en: "Without analytics consent an event is kept only for aggregate counts: no anonymous, session or customer id, no IP hash, its time rounded to the hour, URLs without parameters and personal data removed from text. It cannot be linked to you or to your other events.",
}

export function describeCookielessPractice(
  language: Language,
  settings: { requireConsent: boolean; eventsDays: number | null; catalogAccessLogsDays: number | null }
): CookielessPractice {
  return {
    consent_field: "consent",
    missing_consent: settings.requireConsent ? "refused" : "granted",
    applies_to: ["event", "catalog_access_log"],
    description: DESCRIPTION[language],
    dropped_fields: [...COOKIELESS_DROPPED_FIELDS, ...CLICK_ID_FIELDS, ...COOKIELESS_SERVER_DROPPED_FIELDS],
    query_string_removed_from: [...COOKIELESS_URL_FIELDS],
    identifiers_removed_from: [...COOKIELESS_TEXT_FIELDS, ...COOKIELESS_JSON_FIELDS],
    kept_fields: [
      "message_id",
      "event_name",
      "category",
      "action_type",
      "path",
      "utm_source",
      "utm_medium",
      "utm_campaign",
      "product_id",
      "value",
      "device_type",
      "browser",
      "os",
      "country",
      "region",
      "is_bot",
    ],
    time_precision: "hour",
    message_id_kept: true,
    retention_days: { event: settings.eventsDays, catalog_access_log: settings.catalogAccessLogsDays },
    marketing_refused_drops: [...CLICK_ID_FIELDS],
  }
}
