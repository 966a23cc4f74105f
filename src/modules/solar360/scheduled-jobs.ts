import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SOLAR360_MODULE } from "./index"
import type Solar360ModuleService from "./service"

/** What Medusa passes a scheduled job besides the container (`scheduledFor`: the tick it runs for). */
export type ScheduledJobContext = { scheduledFor?: Date }

/**
 * Runs a scheduled job unless the store listed it (or "*") in the `disabledJobs` option.
 * Medusa 2.21 loads job files on `worker` and `shared` instances (not on `server` ones); this is
 * the switch for a store that wants a job off everywhere. With `context`, each run is logged
 * with the tick it ran for (info level), so operators, and `npm run test:cluster`, can see that
 * a tick ran on one instance only.
 */
export async function runScheduledJob(
  container: MedusaContainer,
  name: string,
  run: () => Promise<unknown>,
  context?: ScheduledJobContext
): Promise<void> {
  const { disabledJobs } = container.resolve<Solar360ModuleService>(SOLAR360_MODULE).options
  if (disabledJobs.includes("*") || disabledJobs.includes(name)) {
    return
  }
  await run()
  if (context) {
    const scheduledFor = (context.scheduledFor ?? new Date()).toISOString()
    container
      .resolve<{ info(message: string): void }>(ContainerRegistrationKeys.LOGGER)
      .info(`solar360 scheduled job ${name} ran for tick ${scheduledFor} in process ${process.pid}`)
  }
}

/**
 * A job's cron schedule: `fallback` unless SOLAR360_JOB_SCHEDULES (JSON, job name to cron
 * pattern) names the job. Read once when Medusa loads the job file; `npm run test:cluster` uses
 * it to tick a job every few seconds (six-field patterns with seconds are accepted).
 */
export function jobSchedule(name: string, fallback: string, env: string | undefined = process.env.SOLAR360_JOB_SCHEDULES): string {
  if (!env) {
    return fallback
  }
  let overrides: unknown
  try {
    overrides = JSON.parse(env)
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `SOLAR360_JOB_SCHEDULES must be JSON (job name to cron pattern), e.g. {"${name}": "*/5 * * * *"}`)
  }
  if (typeof overrides !== "object" || overrides === null || Array.isArray(overrides)) {
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "SOLAR360_JOB_SCHEDULES must be a JSON object of job name to cron pattern")
  }
  const schedule = (overrides as Record<string, unknown>)[name]
  if (schedule === undefined) {
    return fallback
  }
  if (typeof schedule !== "string" || schedule.trim() === "") {
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `SOLAR360_JOB_SCHEDULES: the schedule of ${name} must be a cron pattern`)
  }
  return schedule
}
