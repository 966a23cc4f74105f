import { MedusaContainer } from "@medusajs/framework/types"
import { runScheduledJob } from "../scheduled-jobs"

function containerWith(disabledJobs: string[]) {
  return { resolve: () => ({ options: { disabledJobs } }) } as unknown as MedusaContainer
}

describe("runScheduledJob", () => {
  it.each([
    [[], true],
    [["solar360-other-job"], true],
    [["solar360-roll-up-analytics"], false],
    [["*"], false],
  ])("with disabledJobs %j runs the job: %s", async (disabledJobs, expected) => {
    const run = jest.fn(async () => undefined)
    await runScheduledJob(containerWith(disabledJobs), "solar360-roll-up-analytics", run)
    expect(run).toHaveBeenCalledTimes(expected ? 1 : 0)
  })
})
