// Dashboard suites run by admin.spec.ts against its shared rig (one line per suite file).
import type { AdminSuite } from "./context"
import { healthSuite } from "./health"

export const ADMIN_SUITES: AdminSuite[] = [healthSuite]
