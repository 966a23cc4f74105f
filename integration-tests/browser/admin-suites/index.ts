// Dashboard suites run by admin.spec.ts against its shared rig (one line per suite file).
import { analyticsSuite } from "./analytics"
import { analyticsAttributionSuite } from "./analytics-attribution"
import type { AdminSuite } from "./context"
import { calculatorsSuite } from "./calculators"
import { cartsSuite } from "./carts"
import { healthSuite } from "./health"
import { helioSuite } from "./helio"

export const ADMIN_SUITES: AdminSuite[] = [analyticsSuite, analyticsAttributionSuite, healthSuite, helioSuite, calculatorsSuite, cartsSuite]
