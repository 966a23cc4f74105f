// Dashboard suites run by admin.spec.ts against its shared rig (one line per suite file).
import { analyticsSuite } from "./analytics"
import type { AdminSuite } from "./context"

export const ADMIN_SUITES: AdminSuite[] = [analyticsSuite]
