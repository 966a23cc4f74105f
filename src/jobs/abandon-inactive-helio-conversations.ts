import { MedusaContainer } from "@medusajs/framework/types"
import { jobSchedule, runScheduledJob, type ScheduledJobContext } from "../modules/solar360"
import { abandonInactiveHelioConversationsWorkflow } from "../workflows/helio"

export default async function abandonInactiveHelioConversationsJob(container: MedusaContainer, context?: ScheduledJobContext) {
  await runScheduledJob(
    container,
    config.name,
    () => abandonInactiveHelioConversationsWorkflow(container).run({ input: {} }),
    context
  )
}

const name = "solar360-abandon-inactive-helio-conversations"

export const config = {
  name,
  // Every 5 minutes: a conversation is marked at most 5 minutes after its inactivity limit.
  // (SOLAR360_JOB_SCHEDULES may override it: the cluster test ticks it every few seconds.)
  schedule: jobSchedule(name, "*/5 * * * *"),
}
