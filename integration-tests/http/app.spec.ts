// The first half of the HTTP layer's suites (the other half: app-more.spec.ts; why two files
// and how one boot serves every suite: run-suites.ts). Balanced by test count.
import { aneelSuite } from "./suites/aneel"
import { adminStatsSuite } from "./suites/admin-stats"
import { analyticsDashboardsSuite } from "./suites/analytics-dashboards"
import { cachesSuite } from "./suites/caches"
import { cartAbandonmentSuite } from "./suites/cart-abandonment"
import { calculatorsStoreSuite } from "./suites/calculators-store"
import { financingSimulationsAdminSuite } from "./suites/financing-simulations-admin"
import { leadsAdminSuite } from "./suites/leads-admin"
import { leadsStoreSuite } from "./suites/leads-store"
import { leadsTimelineSuite } from "./suites/leads-timeline"
import { photogrammetrySuite } from "./suites/photogrammetry"
import { platformSuite } from "./suites/platform"
import { privacySubjectsSuite } from "./suites/privacy-subjects"
import { securitySuite } from "./suites/security"
import { solarViabilityAnalysesAdminSuite } from "./suites/solar-viability-analyses-admin"
import { runHttpSuites } from "./run-suites"

runHttpSuites({
  platform: platformSuite,
  security: securitySuite,
  "admin-stats": adminStatsSuite,
  "analytics-dashboards": analyticsDashboardsSuite,
  "cart-abandonment": cartAbandonmentSuite,
  "leads-store": leadsStoreSuite,
  "leads-admin": leadsAdminSuite,
  "leads-timeline": leadsTimelineSuite,
  "calculators-store": calculatorsStoreSuite,
  "financing-simulations-admin": financingSimulationsAdminSuite,
  "solar-viability-analyses-admin": solarViabilityAnalysesAdminSuite,
  aneel: aneelSuite,
  caches: cachesSuite,
  photogrammetry: photogrammetrySuite,
  "privacy-subjects": privacySubjectsSuite,
})
