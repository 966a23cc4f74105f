import { MedusaContainer } from "@medusajs/framework/types"
import { SOLAR360_MODULE } from "./index"
import type Solar360ModuleService from "./service"

/**
 * Runs a scheduled job unless the store listed it (or "*") in the `disabledJobs` option.
 * Medusa loads every job file on every server in shared/worker mode; this is the switch.
 */
export async function runScheduledJob(
  container: MedusaContainer,
  name: string,
  run: () => Promise<unknown>
): Promise<void> {
  const { disabledJobs } = container.resolve<Solar360ModuleService>(SOLAR360_MODULE).options
  if (disabledJobs.includes("*") || disabledJobs.includes(name)) {
    return
  }
  await run()
}
