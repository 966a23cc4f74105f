// The HTTP layer's runner: one Medusa boot with the plugin's test options (medusa-config.ts)
// for the suites a spec file lists. Booting the app costs 12-15 s on these machines; the
// suites (./suites) register their `describe` blocks inside one runner, which restores the
// database from its template before every test, so tests stay independent of each other and
// of the suite order.
//
// The suites are split over two spec files (app.spec.ts, app-more.spec.ts), which the layer
// runs side by side in two jest workers, each with its own database: most of a test's time
// is the database restore and the request, so the second core halves the layer's wall time.
// Option variants need a boot of their own (app-limits.spec.ts). Suites that point an option
// at a local stand-in (aneel, caches, photogrammetry) start it when they are imported, on a
// port the OS picks, and set process.env once it listens (../helpers/before-boot.ts); the
// runner waits for them before it loads medusa-config.ts, and each suite closes its stand-in
// and restores the variable in its own afterAll.
import { medusaIntegrationTestRunner, type MedusaSuiteOptions } from "@medusajs/test-utils"
import { standInsReady } from "../helpers/before-boot"
import { prepareSharedHeaders } from "../helpers/http-context"

export type HttpSuite = (options: MedusaSuiteOptions) => void

export function runHttpSuites(suites: Record<string, HttpSuite>): void {
  // Per test, not per file: the longest single tests (LGPD erasure over every model) take a
  // few seconds; the largest timeout any of the former spec files set.
  jest.setTimeout(240_000)
  // Top level: before the runner's own beforeAll (in its describe), which boots the app.
  beforeAll(standInsReady)
  medusaIntegrationTestRunner({
    inApp: true,
    env: {},
    testSuite: (options) => {
      // One admin and one publishable key for the file, kept in the restore template (see
      // prepareSharedHeaders); createHttpContext hands them to every suite.
      prepareSharedHeaders(options.api, options.getContainer)
      // One describe per suite, named after its file: `-t "leads-store"` runs one suite.
      for (const [name, register] of Object.entries(suites)) {
        describe(name, () => register(options))
      }
    },
  })
}
