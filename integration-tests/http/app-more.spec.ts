// The second half of the HTTP layer's suites (the first: app.spec.ts; see run-suites.ts).
import { admin360Suite } from "./suites/admin-360"
import { analyticsAdminSuite } from "./suites/analytics-admin"
import { analyticsAttributionSuite } from "./suites/analytics-attribution"
import { analyticsConversionsSuite } from "./suites/analytics-conversions"
import { calculatorsDashboardsSuite } from "./suites/calculators-dashboards"
import { calculatorsOrdersSuite } from "./suites/calculators-orders"
import { catalogAccessLogsStoreSuite } from "./suites/catalog-access-logs-store"
import { dataHealthSuite, weeklyDigestSuite } from "./suites/data-health"
import { eventsStoreSuite } from "./suites/events-store"
import { helioAdminSuite } from "./suites/helio-admin"
import { helioDashboardsSuite } from "./suites/helio-dashboards"
import { helioJobsSuite } from "./suites/helio-jobs"
import { leadsConsentSuite } from "./suites/leads-consent"
import { leadsWorkspaceSuite } from "./suites/leads-workspace"
import { privacyRetentionSuite } from "./suites/privacy-retention"
import { storeDataPracticesSuite } from "./suites/store-data-practices"
import { runHttpSuites } from "./run-suites"

runHttpSuites({
  "store-data-practices": storeDataPracticesSuite,
  "events-store": eventsStoreSuite,
  "catalog-access-logs-store": catalogAccessLogsStoreSuite,
  "analytics-admin": analyticsAdminSuite,
  "analytics-conversions": analyticsConversionsSuite,
  "analytics-attribution": analyticsAttributionSuite,
  "admin-360": admin360Suite,
  "leads-consent": leadsConsentSuite,
  "leads-workspace": leadsWorkspaceSuite,
  "calculators-orders": calculatorsOrdersSuite,
  "calculators-dashboards": calculatorsDashboardsSuite,
  "helio-admin": helioAdminSuite,
  "helio-jobs": helioJobsSuite,
  "helio-dashboards": helioDashboardsSuite,
  "privacy-retention": privacyRetentionSuite,
  "data-health": dataHealthSuite,
  "weekly-digest": weeklyDigestSuite,
})
