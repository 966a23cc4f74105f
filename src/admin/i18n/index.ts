// Loaded by Medusa's admin (the `virtual:medusa/i18n` module) and merged into the
// dashboard's own resources: the plugin's words live in the `solar360` namespace, read with
// `useTranslation("solar360")`, in the language the operator picked in the admin's settings.
// Each screen area has one file under ./areas with English and Brazilian Portuguese.
import { analytics } from "./areas/analytics"
import { analyticsFunnel } from "./areas/analytics-funnel"
import { attribution } from "./areas/attribution"
import { caches, calculators } from "./areas/calculators"
import { carts } from "./areas/carts"
import { common } from "./areas/common"
import { dateRange } from "./areas/date-range"
import { health } from "./areas/health"
import { helio } from "./areas/helio"
import { leads } from "./areas/leads"
import { overview } from "./areas/overview"
import { privacy } from "./areas/privacy"
import { widgets } from "./areas/widgets"

export const SOLAR360_I18N_NAMESPACE = "solar360"

const areas = { common, dateRange, overview, leads, analytics, analyticsFunnel, attribution, privacy, widgets, health, helio, calculators, caches, carts }

type Language = "en" | "ptBR"

function languageResources(language: Language) {
  return Object.fromEntries(Object.entries(areas).map(([name, area]) => [name, area[language]]))
}

export default {
  en: { [SOLAR360_I18N_NAMESPACE]: languageResources("en") },
  ptBR: { [SOLAR360_I18N_NAMESPACE]: languageResources("ptBR") },
}
