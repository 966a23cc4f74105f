// The HTTP layer with the plugin's test options (medusa-config.ts): one Medusa boot for every
// suite under ./suites that shares them. Booting the app costs 12-15 s on these machines and
// used to happen once per spec file (25 times); the suites now register their `describe`
// blocks here, inside one runner. The runner still restores the database from its template
// before every test, so tests stay independent of each other and of the suite order.
//
// Option variants need a boot of their own (app-limits.spec.ts). Suites that point an option
// at a local stand-in (aneel, caches, photogrammetry) set process.env and start the stand-in
// when they are imported: imports run before the runner loads medusa-config.ts, and each
// suite closes its stand-in and restores the variable in its own afterAll.
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { prepareSharedHeaders } from "../helpers/http-context"
import { admin360Suite } from "./suites/admin-360"
import { adminStatsSuite } from "./suites/admin-stats"
import { analyticsAdminSuite } from "./suites/analytics-admin"
import { analyticsConversionsSuite } from "./suites/analytics-conversions"
import { analyticsDashboardsSuite } from "./suites/analytics-dashboards"
import { aneelSuite } from "./suites/aneel"
import { cachesSuite } from "./suites/caches"
import { calculatorsOrdersSuite } from "./suites/calculators-orders"
import { calculatorsStoreSuite } from "./suites/calculators-store"
import { catalogAccessLogsStoreSuite } from "./suites/catalog-access-logs-store"
import { eventsStoreSuite } from "./suites/events-store"
import { financingSimulationsAdminSuite } from "./suites/financing-simulations-admin"
import { helioAdminSuite } from "./suites/helio-admin"
import { helioJobsSuite } from "./suites/helio-jobs"
import { leadsAdminSuite } from "./suites/leads-admin"
import { leadsConsentSuite } from "./suites/leads-consent"
import { leadsStoreSuite } from "./suites/leads-store"
import { leadsTimelineSuite } from "./suites/leads-timeline"
import { leadsWorkspaceSuite } from "./suites/leads-workspace"
import { photogrammetrySuite } from "./suites/photogrammetry"
import { platformSuite } from "./suites/platform"
import { privacyRetentionSuite } from "./suites/privacy-retention"
import { privacySubjectsSuite } from "./suites/privacy-subjects"
import { securitySuite } from "./suites/security"
import { solarViabilityAnalysesAdminSuite } from "./suites/solar-viability-analyses-admin"
import { storeDataPracticesSuite } from "./suites/store-data-practices"

// Per test, not per file: the longest single tests (LGPD erasure over every model) take a
// few seconds; the largest timeout any of the former spec files set.
jest.setTimeout(240_000)

const SUITES = {
  platform: platformSuite,
  security: securitySuite,
  "store-data-practices": storeDataPracticesSuite,
  "events-store": eventsStoreSuite,
  "catalog-access-logs-store": catalogAccessLogsStoreSuite,
  "analytics-admin": analyticsAdminSuite,
  "analytics-conversions": analyticsConversionsSuite,
  "analytics-dashboards": analyticsDashboardsSuite,
  "admin-stats": adminStatsSuite,
  "admin-360": admin360Suite,
  "leads-store": leadsStoreSuite,
  "leads-admin": leadsAdminSuite,
  "leads-consent": leadsConsentSuite,
  "leads-timeline": leadsTimelineSuite,
  "leads-workspace": leadsWorkspaceSuite,
  "calculators-store": calculatorsStoreSuite,
  "calculators-orders": calculatorsOrdersSuite,
  "financing-simulations-admin": financingSimulationsAdminSuite,
  "solar-viability-analyses-admin": solarViabilityAnalysesAdminSuite,
  "helio-admin": helioAdminSuite,
  "helio-jobs": helioJobsSuite,
  aneel: aneelSuite,
  caches: cachesSuite,
  photogrammetry: photogrammetrySuite,
  "privacy-subjects": privacySubjectsSuite,
  "privacy-retention": privacyRetentionSuite,
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: (options) => {
    // One admin and one publishable key for the file, kept in the restore template (see
    // prepareSharedHeaders); createHttpContext hands them to every suite.
    prepareSharedHeaders(options.api, options.getContainer)
    // One describe per suite, named after its file: `-t "leads-store"` runs one suite.
    for (const [name, register] of Object.entries(SUITES)) {
      describe(name, () => register(options))
    }
  },
})
